package org.dossier.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dossier.text.Span;

/**
 * CoreNLP's stock coreference (its default pipeline with the {@code coref} annotator), kept only
 * to measure Dossier's entity layer against: chains of mention spans, and the stock tagger's
 * named entities. Loads in over a minute; thread-safe.
 */
public final class StockCoref {

  /** One text as the stock pipeline reads it. */
  public record Result(List<List<Span>> chains, List<Span> entityMentions, List<String> entityTypes) {
    public Result {
      chains = List.copyOf(chains);
      entityMentions = List.copyOf(entityMentions);
      entityTypes = List.copyOf(entityTypes);
    }
  }

  private final StanfordCoreNLP pipeline;

  public StockCoref() {
    RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    this.pipeline = new StanfordCoreNLP(p);
  }

  public Result read(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Span>> chains = new ArrayList<>();
    Map<Integer, CorefChain> graph = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (graph != null) {
      for (CorefChain chain : graph.values()) {
        List<Span> spans = new ArrayList<>();
        for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
          List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
          spans.add(new Span(tokens.get(m.startIndex - 1).beginPosition(), tokens.get(m.endIndex - 2).endPosition()));
        }
        chains.add(spans);
      }
    }
    List<Span> mentions = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<CoreMap> em = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (em != null) {
      for (CoreMap m : em) {
        mentions.add(new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        types.add(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      }
    }
    return new Result(chains, mentions, types);
  }
}
