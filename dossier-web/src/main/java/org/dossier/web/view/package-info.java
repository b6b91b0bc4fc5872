/** What the templates show: one record per page, the article's text cut into marked segments, and formatting. */
package org.dossier.web.view;
