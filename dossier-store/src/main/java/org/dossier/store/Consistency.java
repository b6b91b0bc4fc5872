package org.dossier.store;

import java.util.List;

/**
 * Whether the database and the search index agree: every stored article is in the index once,
 * and the index holds nothing else.
 *
 * @param articles articles in the database
 * @param documents documents in the index
 * @param duplicateHashes content hashes stored more than once (the schema forbids it: always 0)
 * @param duplicateDocuments articles with more than one index document
 * @param missingFromIndex ids of stored articles the index lacks
 * @param extraInIndex row ids (seq) of index documents with no article in the database
 */
public record Consistency(
    long articles, long documents, long duplicateHashes, long duplicateDocuments, List<String> missingFromIndex,
    List<Long> extraInIndex) {

  public Consistency {
    missingFromIndex = List.copyOf(missingFromIndex);
    extraInIndex = List.copyOf(extraInIndex);
  }

  public boolean consistent() {
    return articles == documents && duplicateHashes == 0 && duplicateDocuments == 0 && missingFromIndex.isEmpty()
        && extraInIndex.isEmpty();
  }
}
