package org.dossier.store;

/**
 * What {@link Store#resolve()} built.
 *
 * @param articleEntities article entities read
 * @param corpusEntities corpus entities they were resolved into
 * @param merges pieces of merge evidence
 * @param stories stories the events were grouped into
 */
public record ResolveResult(int articleEntities, int corpusEntities, int merges, int stories) {}
