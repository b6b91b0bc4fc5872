package org.dossier.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A JVM of its own running the Spark module's {@code org.dossier.spark.Main}: Spark is not on the
 * app's classpath (277 MB of jars, and libraries that must win over CoreNLP's), so
 * {@code spark-local}, {@code load} and {@code bench spark} start one, with the classpath and the
 * JVM flags the Spark module's build wrote ({@code dossier-spark/target/classpath.txt},
 * {@code jvm-flags.txt}) beside the app's own build.
 */
final class SparkJvm {

  private SparkJvm() {}

  /** The Spark module's build directory: {@code -Ddossier.spark.target}, else beside the app's build. */
  static Path target() {
    String given = System.getProperty("dossier.spark.target");
    if (given != null) {
      return Path.of(given);
    }
    try {
      Path here = Path.of(SparkJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // dossier-app/target/dossier-app.jar or dossier-app/target/classes
      return here.getParent().getParent().getParent().resolve("dossier-spark").resolve("target");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot tell where the app runs from: " + e.getMessage(), e);
    }
  }

  /** The command that runs the Spark module's Main with {@code args}, with {@code heap} as -Xmx. */
  static List<String> command(String heap, List<String> args) {
    Path target = target();
    Path classpath = target.resolve("classpath.txt");
    Path flags = target.resolve("jvm-flags.txt");
    if (!Files.isRegularFile(classpath) || !Files.isRegularFile(flags)) {
      throw new IllegalStateException("the Spark module is not built (no " + classpath + "): run mvn -B -DskipTests package");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    // the collector ./dossier runs the analysis with: throughput, no concurrent marking threads
    // taking a core from the tasks (docs/spark.md gives the executor option for a cluster)
    cmd.add("-XX:+UseParallelGC");
    try {
      cmd.addAll(Arrays.asList(Files.readString(flags, StandardCharsets.UTF_8).strip().split("\\s+")));
      cmd.add("-cp");
      cmd.add(target.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpath, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + target + ": " + e.getMessage(), e);
    }
    cmd.add("org.dossier.spark.Main");
    cmd.addAll(args);
    return cmd;
  }

  /** Runs it with this JVM's standard streams; its exit code. */
  static int run(String heap, List<String> args) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command(heap, args)).inheritIO();
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start().waitFor();
  }

  /** Runs it, handing each line of its standard output to {@code lines}; standard error is this JVM's. Its exit code. */
  static int run(String heap, List<String> args, Consumer<String> lines) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command(heap, args)).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.accept(line);
      }
    }
    return p.waitFor();
  }
}
