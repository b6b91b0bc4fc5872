package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.text.Article;
import org.dossier.text.Deadline;
import org.dossier.text.Span;

/**
 * Stanford CoreNLP behind Dossier's {@link Annotator}: tokens, sentences, parts of speech,
 * lemmas, CoNLL named-entity tags and Universal Dependencies.
 *
 * <p>An article runs through two CoreNLP pipelines, one that finds tokens and sentences and one
 * that tags them, then through the dependency parser, one per thread ({@link ParserPool}).
 * Between segmenting and tagging, sentences longer than {@link LongSentences#MAX_TOKENS}
 * tokens are cut ({@link LongSentences}). A long article is annotated a piece at a time
 * ({@link TextPieces}), checking the deadline between pieces, so time and memory grow in step
 * with its length; an ordinary article is one piece.
 *
 * <p>{@link #fast()} is the pipeline Dossier runs: the 4-class CoNLL CRF without SUTime, the
 * numeric classifiers or fine-grained NER, which are most of the stock pipeline's load time and
 * per-article cost — Dossier resolves time and entity types itself. {@link #stock()} is CoreNLP's
 * default pipeline, kept to measure against. Both are thread-safe; load each once per JVM.
 */
public final class CoreNlpAnnotator implements Annotator {

  private static final String SEGMENT = "tokenize,ssplit";

  /**
   * A token that is an HTML or XML tag: a lower-case tag name, or a comment or declaration
   * ({@code <div class="x">}, {@code </p>}, {@code <br/>}, {@code <!-- -->}). Upper-case names are
   * not markup: newswire writes companies and tickers so ({@code <Parlux Fragrances Inc>},
   * {@code <BNI>}). One regular expression, with no comma (the property's separator).
   */
  static final String MARKUP = "</?[a-z][a-z0-9:-]*(\\s[^>]*)?/?>|<![^>]*>|<\\?[^>]*\\?>";
  private static final String TAG = "pos,lemma,ner";

  private final StanfordCoreNLP segmenter;
  private final StanfordCoreNLP tagger;
  private final ParserPool parsers;

  private CoreNlpAnnotator(Properties props) {
    RedwoodConfiguration.current().clear().apply();
    Properties segment = new Properties();
    segment.putAll(props);
    segment.setProperty("annotators", SEGMENT);
    this.segmenter = new StanfordCoreNLP(segment);
    Properties tag = new Properties();
    tag.putAll(props);
    tag.setProperty("annotators", TAG);
    this.tagger = new StanfordCoreNLP(tag, false); // its input comes from the segmenter
    this.parsers = new ParserPool(Runtime.getRuntime().availableProcessors());
  }

  /** Dossier's pipeline; loads in about a second. */
  public static CoreNlpAnnotator fast() {
    Properties p = common();
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    return new CoreNlpAnnotator(p);
  }

  /** CoreNLP's stock pipeline (all three CRF models, SUTime, fine-grained NER), for comparison. */
  public static CoreNlpAnnotator stock() {
    return new CoreNlpAnnotator(common());
  }

  private static Properties common() {
    Properties p = new Properties();
    // a blank line ends a sentence: headlines and datelines have no full stop
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    // markup left in a text (<div>, </p>, <br/>) is no part of a sentence: tagging thousands of
    // unknown tag tokens costs the tagger far more than words do
    p.setProperty("ssplit.tokenPatternsToDiscard", MARKUP);
    return p;
  }

  @Override
  public AnnotatedArticle annotate(Article article, Deadline deadline) {
    String body = article.body();
    List<Sentence> sentences = new ArrayList<>();
    for (TextPieces.Piece piece : TextPieces.of(body)) {
      deadline.check();
      Annotation doc = new Annotation(body.substring(piece.start(), piece.end()));
      segmenter.annotate(doc);
      LongSentences.split(doc, LongSentences.MAX_TOKENS);
      tagger.annotate(doc);
      parsers.parse(doc);
      for (CoreMap cs : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences.add(convert(sentences.size(), cs, piece.start()));
      }
    }
    return new AnnotatedArticle(article, sentences);
  }

  /** Our sentence from CoreNLP's; {@code offset} is where the annotated piece starts in the body. */
  private static Sentence convert(int index, CoreMap cs, int offset) {
    List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String ner = l.ner();
      tokens.add(
          new Token(
              tokens.size(),
              new Span(offset + l.beginPosition(), offset + l.endPosition()),
              l.word(),
              orEmpty(l.tag()),
              l.lemma() == null ? l.word() : l.lemma(),
              ner == null ? Token.NO_ENTITY : ner));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (var root : graph.getRoots()) {
        deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
      }
    }
    Span span =
        tokens.isEmpty()
            ? new Span(offset + cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                offset + cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))
            : new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    return new Sentence(index, span, tokens, deps);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
