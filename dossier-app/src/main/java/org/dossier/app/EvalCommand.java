package org.dossier.app;

import picocli.CommandLine.Command;

/** {@code dossier eval}: scores against annotated data, with a baseline beside each score. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score Dossier on annotated data, with the stock CoreNLP pipeline's score beside it.",
    subcommands = {org.dossier.app.eval.ConllEval.class, org.dossier.app.eval.GapEval.class,
        org.dossier.app.eval.MeantimeEval.class})
final class EvalCommand {}
