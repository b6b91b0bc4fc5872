/**
 * Reading articles: text files with header lines, JSON Lines, directories and standard input.
 * Bad input becomes a {@link org.dossier.text.Problem} on that one article, never an exception.
 */
package org.dossier.ingest;
