/**
 * {@code dossier eval} subcommands: Dossier scored on public annotated data, each with the
 * stock CoreNLP pipeline's score beside it.
 */
package org.dossier.app.eval;
