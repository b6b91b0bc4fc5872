/** The command line: {@code dossier analyze}, {@code eval}, {@code bench}; the wiring of the pipeline. */
package org.dossier.app;
