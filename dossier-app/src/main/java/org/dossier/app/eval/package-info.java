/**
 * {@code dossier eval} subcommands: Dossier scored on public annotated data, each with a stock
 * CoreNLP or simplest-baseline score beside it.
 */
package org.dossier.app.eval;
