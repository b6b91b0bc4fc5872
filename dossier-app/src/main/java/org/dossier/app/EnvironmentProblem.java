package org.dossier.app;

/** Turns a failure of the environment (disk, memory, models) into one line for a person. */
final class EnvironmentProblem {

  private EnvironmentProblem() {}

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof OutOfMemoryError) {
      return "out of memory: give the JVM more with DOSSIER_JAVA_OPTS=-Xmx4g, or use fewer --threads";
    }
    if (root instanceof java.io.IOException) {
      return "I/O error: " + root.getMessage();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    if (message.contains("edu/stanford/nlp/models")) {
      return "CoreNLP models are missing from the classpath (" + message + "): rebuild with mvn -B package";
    }
    return root.getClass().getSimpleName() + ": " + message;
  }
}
