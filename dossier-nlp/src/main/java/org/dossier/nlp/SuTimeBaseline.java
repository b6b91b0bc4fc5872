package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford's stock SUTime with its default rules, run only to be measured against: {@code dossier
 * eval timeml} prints its scores beside Dossier's own tagger. Thread-safe; load once.
 */
public final class SuTimeBaseline {

  /** One TIMEX3 SUTime found: character offsets into the text, type and value. */
  public record Found(int start, int end, String type, String value) {
    public Found {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  private final StanfordCoreNLP pipeline;

  public SuTimeBaseline() {
    RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    pipeline = new StanfordCoreNLP(p);
    pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
  }

  /** The time expressions SUTime finds in {@code text} written on {@code dct}. */
  public List<Found> tag(String text, LocalDate dct) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, dct.toString());
    pipeline.annotate(doc);
    List<Found> out = new ArrayList<>();
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap cm : timexes) {
      Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
      Integer b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (t == null || b == null || e == null) {
        continue;
      }
      out.add(new Found(b, e, t.timexType() == null ? "DATE" : t.timexType(), t.value() == null ? "" : t.value()));
    }
    return out;
  }
}
