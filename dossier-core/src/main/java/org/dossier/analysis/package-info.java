/**
 * The result of analysing one article: entities, times, events, attributions and relations,
 * each pointing back at its evidence with spans. This is the model behind the JSON contract
 * ({@code shared/spec/analysis-json.md}).
 */
package org.dossier.analysis;
