/** Attribution: who says each claim, and what kind of source that is. */
package org.dossier.extract.attribution;
