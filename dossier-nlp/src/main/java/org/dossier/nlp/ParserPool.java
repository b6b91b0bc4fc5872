package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * CoreNLP's neural dependency parser, one instance per thread at work.
 *
 * <p>One {@link DependencyParser} cannot serve two threads at speed: its classifier keeps a cache
 * of hidden-layer values that every lookup reads and updates inside {@code synchronized}, so
 * threads sharing it queue there (the parser is two thirds of the CPU on ordinary news), and the
 * CoreNLP annotator shares one parser per model across the JVM. This pool makes parsers as
 * threads need them, up to one per core, and lends each to one thread at a time: no thread waits
 * for another's lock. Each parser holds about 200 MB (its precomputed hidden layer).
 *
 * <p>Only the basic Universal Dependencies are built — the annotator also builds four collapsed
 * and enhanced graphs Dossier never reads.
 */
final class ParserPool {

  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private final int max;
  private final LinkedBlockingQueue<DependencyParser> idle = new LinkedBlockingQueue<>();
  private int made;

  /** A pool of at most {@code max} parsers, with the first one loaded now. */
  ParserPool(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1: " + max);
    }
    this.max = max;
    idle.add(load());
    made = 1;
  }

  /** Parses every sentence of {@code doc} (tagged already) and sets its basic dependencies. */
  void parse(Annotation doc) {
    DependencyParser parser = borrow();
    try {
      for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        GrammaticalStructure gs = parser.predict(sentence);
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(
            gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
      }
    } finally {
      idle.add(parser);
    }
  }

  private DependencyParser borrow() {
    DependencyParser parser = idle.poll();
    if (parser != null) {
      return parser;
    }
    boolean makeOne;
    synchronized (this) {
      makeOne = made < max;
      if (makeOne) {
        made++;
      }
    }
    if (makeOne) {
      return load();
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a dependency parser", e);
    }
  }

  private static DependencyParser load() {
    return DependencyParser.loadFromModelFile(MODEL, new Properties());
  }
}
