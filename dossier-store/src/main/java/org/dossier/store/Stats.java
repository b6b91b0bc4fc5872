package org.dossier.store;

/**
 * The size of a corpus.
 *
 * @param bytesOnDisk what the database and the index take on disk; 0 for a store in memory
 */
public record Stats(
    long articles, long entities, long corpusEntities, long events, long stories, long problems, long bytesOnDisk) {}
