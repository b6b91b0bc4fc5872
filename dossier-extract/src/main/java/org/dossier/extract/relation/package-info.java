/** Relations between entities: titles, memberships, leadership, founding, parts and places. */
package org.dossier.extract.relation;
