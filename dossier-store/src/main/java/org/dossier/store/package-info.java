/**
 * The corpus store: every article's analysis in one database (embedded H2 by default,
 * PostgreSQL for a server), kept with its evidence spans, the Lucene index beside it, and the
 * queries the command line and the web UI ask. {@link org.dossier.store.Store} is the facade;
 * the records it returns carry no JDBC or Lucene type.
 *
 * <p>Uses {@code dossier-core}, {@code org.dossier.resolve}, JDBC (H2, the PostgreSQL driver,
 * HikariCP, Flyway) and Lucene; it is the only module that may.
 */
package org.dossier.store;
