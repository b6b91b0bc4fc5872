/**
 * The closed English word classes every extraction stage reads with (speech verbs, outlets,
 * roles, planning verbs, ...), one sectioned resource read once by
 * {@link org.dossier.extract.lexicon.EnglishLexicon}. Uses only the JDK; every stage may use it.
 */
package org.dossier.extract.lexicon;
