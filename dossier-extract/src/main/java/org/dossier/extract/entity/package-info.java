/** Entities: mentions found, typed and clustered into one record per real person, organisation or place. */
package org.dossier.extract.entity;
