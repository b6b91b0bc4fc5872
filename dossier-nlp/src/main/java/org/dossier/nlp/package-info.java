/**
 * The only package that sees Stanford CoreNLP: one tuned pipeline, loaded once, shared by
 * threads, whose output is converted into {@link org.dossier.annotation} records.
 */
package org.dossier.nlp;
