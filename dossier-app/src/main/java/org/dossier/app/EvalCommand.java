package org.dossier.app;

import org.dossier.app.eval.PolnearEval;
import picocli.CommandLine.Command;

/** {@code dossier eval}: scores against annotated data, with a baseline beside each score. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score Dossier on annotated data, with the stock CoreNLP pipeline's score beside it.",
    subcommands = {PolnearEval.class})
final class EvalCommand {}
