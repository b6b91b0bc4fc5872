/**
 * The linguistic layer of an article (sentences, tokens, parts of speech, lemmas, named-entity
 * tags, dependencies) as Dossier's own immutable records, so that extraction never sees the NLP
 * library that produced them.
 */
package org.dossier.annotation;
