/**
 * Events typed with the PLOVER ontology: who did what to whom, when, where, and how it is told.
 *
 * <p>{@link org.dossier.extract.event.EventExtractor} is the stage; its {@code extract} shows the
 * steps in order. Inside, {@code Triggers} finds the candidate triggers of a sentence (verbs, verb
 * phrases and event nouns of the {@code PloverLexicon}), {@code Participants} their entities and
 * place, {@code EventTime} their time, {@code Mood} their polarity and modality; {@code Clauses}
 * holds the walks of the dependency tree they share.
 *
 * <p>May use: the model records of {@code dossier-core} ({@code org.dossier.analysis},
 * {@code org.dossier.annotation}, {@code org.dossier.text}), the entity layer
 * ({@link org.dossier.extract.entity.EntityLayer}), the attributions and time expressions of the
 * earlier stages (as records passed in), and the shared word classes of
 * {@link org.dossier.extract.lexicon.EnglishLexicon}. Nothing of CoreNLP, and no other stage's
 * internals.
 */
package org.dossier.extract.event;
