/**
 * The corpus store: every article's analysis in one database (embedded H2 by default,
 * PostgreSQL for a server), kept with its evidence spans, the Lucene index beside it, and the
 * queries the command line and the web UI ask. Uses {@code dossier-core} only.
 */
package org.dossier.store;
