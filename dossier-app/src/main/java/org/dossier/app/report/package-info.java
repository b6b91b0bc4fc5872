/** The readable dossier of one article, as printed by {@code dossier analyze}. */
package org.dossier.app.report;
