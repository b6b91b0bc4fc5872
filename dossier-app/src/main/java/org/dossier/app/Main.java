package org.dossier.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command. Exit codes: 0 ok, 1 some articles had problems, 2 usage, 3 environment. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    version = "dossier 0.1.0",
    description = "Reads news articles as structured, sourced facts.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, EntityCommand.class,
        TimelineCommand.class, SourcesCommand.class, ExportCommand.class, ServeCommand.class, BenchCommand.class,
        EvalCommand.class, SparkLocalCommand.class, LoadCommand.class})
public final class Main {

  public static final int OK = 0;
  public static final int SOME_PROBLEMS = 1;
  public static final int USAGE = 2;
  public static final int ENVIRONMENT = 3;

  public static void main(String[] args) {
    // a failure in a thread of its own (a library's) is one line, never a stack trace
    Thread.setDefaultUncaughtExceptionHandler(
        (t, e) -> System.err.println("dossier: " + EnvironmentProblem.describe(e)));
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; never exits the JVM. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("dossier: " + EnvironmentProblem.describe(e));
          return ENVIRONMENT;
        });
    cli.setExitCodeExceptionMapper(e -> USAGE);
    return cli.execute(args);
  }
}
