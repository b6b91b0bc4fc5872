package org.dossier.store;

/**
 * What {@link Store#load} did.
 *
 * @param articles articles stored by this load
 * @param skipped articles of the input already stored (the same content hash), left as they were
 * @param rows rows read from the input, over all tables
 * @param copyMillis time to copy the rows into the database
 * @param insertMillis time to insert them into the store's tables
 * @param resolveMillis time to resolve entities and group stories over the whole corpus
 * @param indexMillis time to bring the search index up to date
 */
public record LoadResult(long articles, long skipped, long rows, long copyMillis, long insertMillis, long resolveMillis,
    long indexMillis) {}
