package org.dossier.extract.attribution;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.text.Span;

/**
 * Finds attribution cues, their sources and the content they cover.
 *
 * <p>Cues come from the dependency tree, not from word windows: a reporting verb and its subject
 * and clausal complement ("sources confirmed that ..."), "according to X", an inverted report
 * ("..., officials said"), a hedging adverb ("Reportedly, ..."), an impersonal passive ("it is
 * understood that ..."). Most attribution in political news is indirect speech, which quotation
 * marks never show. A cue whose own content is only an announcement ("Sources shared key
 * insights from the meetings.", "She said:") covers the following sentences of its paragraph
 * until another cue.
 *
 * <p>Each kind of cue is read by its own {@link CueFamily}; {@link #families(boolean)} lists them in
 * the order they are asked about each token.
 */
public final class AttributionExtractor {

  private final List<CueFamily> families;
  private final boolean broad;

  /** The article pipeline's extractor: reports of speech, writing and information. */
  public AttributionExtractor() {
    this(false);
  }

  private AttributionExtractor(boolean broad) {
    this.broad = broad;
    this.families = families(broad);
  }

  /**
   * An extractor that also takes stance and intention verbs as cues ("praised", "vowed",
   * "hopes"), as PolNeAR's annotators did; for evaluation against that corpus.
   */
  public static AttributionExtractor broad() {
    return new AttributionExtractor(true);
  }

  /**
   * The cue families, in the order they are asked about each token: the first that claims a token
   * reads it, and no later family sees it. The broad reading adds the families of stance.
   */
  private static List<CueFamily> families(boolean broad) {
    List<CueFamily> chain = new ArrayList<>();
    chain.add(new AccordingTo()); // "according to a local newspaper, ..."
    if (broad) {
      chain.add(new InView()); // "in Mr. Connolly's view, ...", "in a CBS News poll, ..."
    }
    chain.add(new Hedges()); // "reportedly, ..."
    chain.add(new SpeakerColon()); // "KING: The evidence was ..."
    if (broad) {
      chain.add(new StanceAdjectives()); // "Khan was confident that ..."
    }
    chain.add(new NounCues()); // "Trump's statement that ...", broad: "his attacks on ..."
    chain.add(new ImpersonalReports()); // "it is understood that ..."
    chain.add(new ReportVerbs()); // "sources confirmed that ...", "..., officials said", "said Joe Biden"
    if (broad) {
      chain.add(new StanceVerbs()); // "economists believe ...", "he vowed to ..."
    }
    return List.copyOf(chain);
  }

  public List<Attribution> extract(AnnotatedArticle text, EntityLayer entities) {
    List<Found> found = new ArrayList<>();
    List<Sentence> sentences = text.sentences();
    boolean[] hasCue = new boolean[sentences.size()];
    BitSet quoted = Quotations.quoted(text.body());
    for (int si = 0; si < sentences.size(); si++) {
      Optional<Span> before = si > 0 ? Optional.of(sentences.get(si - 1).span()) : Optional.empty();
      Optional<Span> beforeInParagraph = si > 0 && text.body().substring(sentences.get(si - 1).span().end(),
          sentences.get(si).span().start()).indexOf('\n') < 0 ? before : Optional.empty();
      CueSentence sentence = new CueSentence(sentences.get(si).tree(), si, entities, before,
          beforeInParagraph, broad);
      List<Found> here = cues(sentence).stream().filter(f -> !quoted.get(f.cue().start())).toList();
      hasCue[si] = !here.isEmpty();
      found.addAll(here);
    }
    List<Found> extended = new ArrayList<>();
    for (Found f : found) {
      extended.add(f.continues() ? Announcements.continueOver(f, sentences, hasCue, text.body()) : f);
    }
    extended.sort(Comparator.comparing(Found::cue));
    List<Attribution> out = new ArrayList<>();
    for (Found f : extended) {
      out.add(new Attribution(AttributionId.of(out.size() + 1), f.kind(), f.cue(), f.source(), f.sourceEntity(),
          f.content()));
    }
    return out;
  }

  /** The cues of one sentence, each token read by the first family that claims it, their contents kept apart. */
  private List<Found> cues(CueSentence sentence) {
    List<Found> out = new ArrayList<>();
    int size = sentence.tree().size();
    boolean[] used = new boolean[size];
    for (int i = 0; i < size; i++) {
      if (used[i]) {
        continue;
      }
      for (CueFamily family : families) {
        if (family.claims(sentence, i)) {
          family.read(sentence, i).ifPresent(out::add);
          for (int j = i + 1; j < i + family.width() && j < size; j++) {
            used[j] = true;
          }
          break;
        }
      }
    }
    return Overlaps.separate(sentence, out);
  }
}
