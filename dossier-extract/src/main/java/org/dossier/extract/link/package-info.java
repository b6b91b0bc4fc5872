/**
 * Entity linking: entities tied to Wikipedia titles with a score, or to none, from CoreNLP's
 * Wikipedia dictionary turned once into a compact memory-mapped index, ranked by prior and by
 * the other entities of the article.
 */
package org.dossier.extract.link;
