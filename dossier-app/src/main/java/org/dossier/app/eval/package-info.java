/** Evaluation commands: Dossier's scores on annotated corpora, each with a baseline's score beside it. */
package org.dossier.app.eval;
