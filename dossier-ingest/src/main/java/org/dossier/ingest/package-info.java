/**
 * Reading articles: text files with header lines, JSON Lines, HTML pages, WARC files, directories
 * and standard input, behind one facade, {@link org.dossier.ingest.Ingest}. Bad input (missing,
 * empty, binary, not UTF-8, too large, not English, a bad date, JSON line or WARC record) becomes
 * a {@link org.dossier.text.Problem} on that one {@link org.dossier.ingest.Input}, never an
 * exception, so a batch always goes on. docs/input.md describes the formats and the problem codes
 * for users.
 */
package org.dossier.ingest;
