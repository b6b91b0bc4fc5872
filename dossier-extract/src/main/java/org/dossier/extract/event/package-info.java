/** Events typed with the PLOVER ontology: who did what to whom, when, where. */
package org.dossier.extract.event;
