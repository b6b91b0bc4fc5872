package org.dossier.app;

import org.dossier.app.eval.ConllEval;
import org.dossier.app.eval.GapEval;
import org.dossier.app.eval.MeantimeEval;
import org.dossier.app.eval.MeantimeEventsEval;
import org.dossier.app.eval.MeantimeXdocEval;
import org.dossier.app.eval.PloverEval;
import org.dossier.app.eval.PolnearEval;
import org.dossier.app.eval.TimeMlEval;
import picocli.CommandLine.Command;

/** {@code dossier eval}: scores against annotated data, with a baseline beside each score. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score Dossier on annotated data, with the stock CoreNLP pipeline's score beside it.",
    subcommands = {TimeMlEval.class, ConllEval.class, GapEval.class, MeantimeEval.class, PolnearEval.class, PloverEval.class, MeantimeEventsEval.class,
        MeantimeXdocEval.class})
final class EvalCommand {}
