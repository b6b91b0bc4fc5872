/** Articles as they come in: the body text, its date and metadata, spans into it, and problems with input. */
package org.dossier.text;
