/** The web UI and the JSON API over a store: {@link org.dossier.web.WebServer} is the way in. */
package org.dossier.web;
