/**
 * Attribution: who says each claim, and what kind of source that is.
 *
 * <p>{@link org.dossier.extract.attribution.AttributionExtractor} is the facade and the only public
 * type. It builds one {@code DependencyTree} per sentence and asks the cue families about each token
 * in this order, the first that claims a token reading it: {@code AccordingTo} ("according to X"),
 * {@code InView} ("in X's view", "in a poll"; broad reading), {@code Hedges} ("reportedly"),
 * {@code SpeakerColon} ("KING: ..."), {@code StanceAdjectives} ("was confident that"; broad),
 * {@code NounCues} ("Trump's statement that", "his attacks on"), {@code ImpersonalReports} ("it is
 * understood that"), {@code ReportVerbs} ("X said", "..., officials said", "said X") and
 * {@code StanceVerbs} ("believe", "vowed"; broad). The verb families share {@code VerbCue}, which
 * hands participles to {@code Participles}, "seem" and "appear" to {@code Evidentials} and inverted
 * shapes to {@code InvertedReports}. Shared machinery: {@code Speakers} and {@code Sources} (the
 * source's span, entity and kind), {@code Contents} (the content's span), {@code Overlaps} (contents
 * kept to their own cue), {@code Quotations} (cues inside quoted speech), {@code Announcements}
 * (contents that run on over the paragraph); the words come from {@code CueLexicon}.
 *
 * <p>May use: the JDK; dossier-core's model records ({@code org.dossier.analysis}: Attribution,
 * Entity, ids), its annotation records ({@code org.dossier.annotation}: AnnotatedArticle, Sentence,
 * Token, DependencyTree) and {@code org.dossier.text.Span}; and {@code org.dossier.extract.entity}'s
 * EntityLayer for the entities a source names. No CoreNLP type and no other extract package.
 */
package org.dossier.extract.attribution;
