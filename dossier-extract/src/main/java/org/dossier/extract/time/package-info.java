/** Time expressions: found in the text and normalised to TimeML values against the article's date. */
package org.dossier.extract.time;
