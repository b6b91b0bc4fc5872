/** The public corpora Dossier is measured on (Reuters-21578), and the benchmark inputs built from them. */
package org.dossier.app.corpus;
