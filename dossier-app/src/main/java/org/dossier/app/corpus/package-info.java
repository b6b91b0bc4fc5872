/** Readers for the public corpora Dossier is measured on (Reuters-21578). */
package org.dossier.app.corpus;
