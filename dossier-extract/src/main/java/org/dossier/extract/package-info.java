/** The extraction pipeline: {@link org.dossier.extract.ArticleProcessor} runs every stage in order. */
package org.dossier.extract;
