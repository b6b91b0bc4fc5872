package org.dossier.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the command line inside the test JVM, with standard output and error captured.
 *
 * @param exitCode what {@link Main#run} returned
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withStdin("", args);
  }

  static synchronized CliRun withStdin(String stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int code = Main.run(args);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  /** The lines of standard error, without the closing summary. */
  List<String> errLines() {
    return Arrays.stream(err.split("\\R")).filter(l -> !l.isBlank()).toList();
  }

  List<String> outLines() {
    return Arrays.stream(out.split("\\R")).filter(l -> !l.isBlank()).toList();
  }
}
