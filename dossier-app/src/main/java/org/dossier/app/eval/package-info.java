/** {@code dossier eval} subcommands: Dossier scored on annotated data, with a stock baseline beside it. */
package org.dossier.app.eval;
