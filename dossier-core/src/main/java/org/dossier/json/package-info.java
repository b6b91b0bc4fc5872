/** The JSON contract of an analysis ({@code shared/spec/analysis-json.md}), written field by field. */
package org.dossier.json;
