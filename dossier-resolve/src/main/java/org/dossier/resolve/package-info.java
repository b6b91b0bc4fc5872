/**
 * Across articles: which article entities are one real-world entity, and which reports in
 * different articles tell of one happening (stories). Pure functions over compact records, so
 * that the store, the evaluation and the Spark job run the same code (TableRecords: the same records from table rows). Uses {@code dossier-core}
 * only; no database, no I/O.
 */
package org.dossier.resolve;
