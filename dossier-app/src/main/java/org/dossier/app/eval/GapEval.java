package org.dossier.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dossier.analysis.Entity;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.app.Pipeline;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.extract.entity.PronounModel;
import org.dossier.nlp.StockCoref;
import org.dossier.text.Article;
import org.dossier.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval gap FILE}: pronoun resolution on GAP (Webster et al. 2018). Each example
 * is a Wikipedia passage, a pronoun and two names A and B; a system says for each name whether
 * the pronoun refers to it, and the score is F1 over those decisions (the GAP paper's measure),
 * overall and by the pronoun's gender. Dossier's answer: the entity its layer resolves the
 * pronoun to has a mention over the name; when that entity is neither A nor B, the better ranked
 * of the two among the resolver's candidates if its salience is at least {@code --margin} of the
 * best's (GAP gives A and B as the candidates; {@code --referent-only} turns this off). The stock
 * answer: CoreNLP's coreference puts the two in one chain. {@code --train FILE} fits the
 * resolver's weights ({@code pronoun-weights.tsv}) on the examples read, with a 5-fold
 * cross-validation of the fit; errors are counted by kind to show what is left to fix.
 */
@Command(name = "gap", mixinStandardHelpOptions = true,
    description = "Pronoun resolution F1 on a GAP file, Dossier beside stock CoreNLP coreference.")
public final class GapEval implements Callable<Integer> {

  @Parameters(index = "0", description = "a GAP tsv file (gap-development.tsv)")
  Path file;

  @Option(names = "--stock-limit", description = "run stock CoreNLP coreference on the first N examples "
      + "only (about a second each, and a 3 GB heap: DOSSIER_JAVA_OPTS=-Xmx3g); 0 to skip; default ${DEFAULT-VALUE}")
  int stockLimit = 200;

  @Option(names = "--limit", description = "score only the first N examples")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--errors", description = "print the examples Dossier gets wrong")
  boolean errors;

  @Option(names = "--referent-only", negatable = true, description = "answer only from the entity the layer resolves "
      + "the pronoun to; by default, when that is neither A nor B, the better ranked of A and B among its candidates")
  boolean referentOnly;

  @Option(names = "--margin", description = "how close to the best candidate's salience A or B must be; default ${DEFAULT-VALUE}")
  double margin = 0.3;

  @Option(names = "--train", description = "fit the pronoun resolver's weights on this file's examples and write them "
      + "to FILE (the resource pronoun-weights.tsv); prints a 5-fold cross-validation of the fit")
  Path train;

  private static final double L2 = 0.01;
  private static final int ITERATIONS = 3000;

  @Option(names = "--parses", description = "with --errors, print the parse of the pronoun's sentence")
  boolean parses;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  record Example(String id, String text, String pronoun, int pronounAt, String a, int aAt, boolean aGold,
      String b, int bAt, boolean bGold) {

    Span pronounSpan() {
      return new Span(pronounAt, pronounAt + pronoun.length());
    }

    Span aSpan() {
      return new Span(aAt, aAt + a.length());
    }

    Span bSpan() {
      return new Span(bAt, bAt + b.length());
    }

    String gender() {
      String p = pronoun.toLowerCase(Locale.ROOT);
      return p.startsWith("h") && !p.equals("her") && !p.equals("hers") && !p.equals("herself") ? "masculine" : "feminine";
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Example> examples = read(file);
    if (examples.size() > limit) {
      examples = examples.subList(0, limit);
    }
    out.printf(Locale.ROOT, "%s: %d examples%n", file, examples.size());
    Annotator fast = Pipeline.processor().annotator();
    EntityExtractor extractor = new EntityExtractor();
    Score ours = new Score();
    Score oursSubset = new Score();
    int n = 0;
    boolean candidates = !referentOnly;
    List<Read> reads = new ArrayList<>();
    Map<String, Integer> kinds = new TreeMap<>();
    for (Example e : examples) {
      AnnotatedArticle a = fast.annotate(Article.of(e.id(), null, e.text()));
      EntityLayer layer = extractor.extract(a);
      List<Cand> cands = new ArrayList<>();
      for (EntityLayer.Antecedent x : layer.antecedents(e.pronounSpan())) {
        Optional<Entity> ent = layer.entity(x.entity());
        boolean coversA = ent.isPresent() && names(layer, ent.get(), e.text(), e.aSpan(), e.a());
        boolean coversB = ent.isPresent() && names(layer, ent.get(), e.text(), e.bSpan(), e.b());
        cands.add(new Cand(x.features().stream().mapToDouble(Double::doubleValue).toArray(), x.score(), coversA, coversB));
      }
      Read read = new Read(e, cands);
      reads.add(read);
      boolean[] ans = decide(cands, cands.stream().mapToDouble(Cand::score).toArray(), candidates, margin);
      boolean pa = ans[0];
      boolean pb = ans[1];
      add(ours, e, pa, pb);
      if (n < stockLimit) {
        add(oursSubset, e, pa, pb);
      }
      if (pa != e.aGold() || pb != e.bGold()) {
        String kind = !pa && !pb ? "we say neither" : !e.aGold() && !e.bGold() ? "gold neither" : "wrong name";
        boolean goldSeen = read.goldIndex() >= 0;
        kinds.merge(e.gender() + ", " + kind + (goldSeen || (!e.aGold() && !e.bGold()) ? "" : " (gold not a candidate)"), 1,
            Integer::sum);
      }
      if (errors && (pa != e.aGold() || pb != e.bGold())) {
        Optional<Entity> referent = layer.mentions().stream()
            .filter(m -> m.span().equals(e.pronounSpan()))
            .findFirst()
            .flatMap(layer::entityOf);
        boolean aSeen = layer.entities().stream().anyMatch(x -> x.mentions().stream().anyMatch(m -> m.overlaps(e.aSpan())));
        boolean bSeen = layer.entities().stream().anyMatch(x -> x.mentions().stream().anyMatch(m -> m.overlaps(e.bSpan())));
        out.printf(Locale.ROOT, "%s pronoun %s@%d gold A=%s B=%s ours A=%s B=%s (A=%s%s, B=%s%s, referent %s, candidates %s)%n",
            e.id(), e.pronoun(), e.pronounAt(), e.aGold(), e.bGold(), pa, pb, e.a(), aSeen ? "" : " unseen", e.b(),
            bSeen ? "" : " unseen", referent.map(r -> r.label(e.text())).orElse("-"),
            cands.stream().map(c -> (c.coversA() ? "A" : "") + (c.coversB() ? "B" : "") + String.format(Locale.ROOT, "%.2f", c.score())
                + (parses ? featureText(c.features()) : "")).toList());
        if (parses) {
          for (org.dossier.annotation.Sentence st : a.sentences()) {
            if (st.span().contains(e.pronounSpan())) {
              StringBuilder b = new StringBuilder("    ");
              for (int k = 0; k < st.size(); k++) {
                String dep = st.headOf(k).map(d -> d.relation() + ">" + d.governor()).orElse("-");
                b.append(k).append(':').append(st.token(k).word()).append('/').append(dep).append(' ');
              }
              out.println(b);
            }
          }
        }
      }
      n++;
    }
    out.println("errors by kind:");
    kinds.forEach((k, v) -> out.printf(Locale.ROOT, "    %-60s %d%n", k, v));
    if (train != null) {
      train(out, reads);
    }
    print(out, "dossier (entity layer)", ours);
    if (stockLimit > 0) {
      out.flush();
      StockCoref stock = new StockCoref();
      Score st = new Score();
      int k = 0;
      for (Example e : examples) {
        if (k++ >= stockLimit) {
          break;
        }
        StockCoref.Result r = stock.read(e.text());
        boolean pa = false;
        boolean pb = false;
        for (List<Span> chain : r.chains()) {
          if (chain.stream().anyMatch(s -> s.overlaps(e.pronounSpan()))) {
            pa |= chain.stream().anyMatch(s -> s.overlaps(e.aSpan()) && !s.overlaps(e.pronounSpan()));
            pb |= chain.stream().anyMatch(s -> s.overlaps(e.bSpan()) && !s.overlaps(e.pronounSpan()));
          }
        }
        add(st, e, pa, pb);
      }
      int m = Math.min(stockLimit, examples.size());
      print(out, "dossier, first " + m + " examples", oursSubset);
      print(out, "stock corenlp coref, first " + m, st);
    }
    return 0;
  }

  /** A candidate entity of an example's pronoun: its features, probability, and whether it is A or B. */
  record Cand(double[] features, double score, boolean coversA, boolean coversB) {}

  /** An example as read: its candidates, in the resolver's order. */
  record Read(Example e, List<Cand> cands) {

    /** The candidate that is the gold name (A or B, and not both), or -1. */
    int goldIndex() {
      if (e.aGold() == e.bGold()) {
        return -1;
      }
      for (int k = 0; k < cands.size(); k++) {
        Cand c = cands.get(k);
        if (c.coversA() != c.coversB() && c.coversA() == e.aGold()) {
          return k;
        }
      }
      return -1;
    }
  }

  /**
   * The answer for A and B from the candidates' scores: the best candidate's; when it is neither
   * A nor B, the better ranked of the two if its score is at least {@code margin} of the best's.
   */
  static boolean[] decide(List<Cand> cands, double[] scores, boolean fallback, double margin) {
    Integer[] order = new Integer[cands.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
    if (order.length == 0) {
      return new boolean[] {false, false};
    }
    Cand top = cands.get(order[0]);
    if (top.coversA() || top.coversB()) {
      return new boolean[] {top.coversA(), top.coversB() && !top.coversA()};
    }
    if (fallback) {
      for (int k : order) {
        Cand c = cands.get(k);
        if (scores[k] < scores[order[0]] * margin) {
          break;
        }
        if (c.coversA() != c.coversB()) {
          return new boolean[] {c.coversA(), c.coversB()};
        }
      }
    }
    return new boolean[] {false, false};
  }

  /**
   * Fits the resolver's weights on the examples read (their features as the current weights left
   * them), prints a 5-fold cross-validation of the fit and writes the weights with their provenance.
   */
  private void train(PrintWriter out, List<Read> reads) throws IOException {
    Score cv = new Score();
    int folds = 5;
    for (int f = 0; f < folds; f++) {
      List<PronounModel.Choice> choices = new ArrayList<>();
      for (int i = 0; i < reads.size(); i++) {
        if (i % folds != f) {
          choose(reads.get(i)).ifPresent(choices::add);
        }
      }
      PronounModel m = PronounModel.fit(choices, L2, ITERATIONS);
      for (int i = f; i < reads.size(); i += folds) {
        Read read = reads.get(i);
        double[] p = m.probabilities(read.cands().stream().map(Cand::features).toList());
        boolean[] ans = decide(read.cands(), p, !referentOnly, margin);
        add(cv, read.e(), ans[0], ans[1]);
      }
    }
    print(out, folds + "-fold cross-validation of the fit", cv);
    List<PronounModel.Choice> all = new ArrayList<>();
    for (Read read : reads) {
      choose(read).ifPresent(all::add);
    }
    PronounModel m = PronounModel.fit(all, L2, ITERATIONS);
    Score fit = new Score();
    for (Read read : reads) {
      double[] p = m.probabilities(read.cands().stream().map(Cand::features).toList());
      boolean[] ans = decide(read.cands(), p, !referentOnly, margin);
      add(fit, read.e(), ans[0], ans[1]);
    }
    print(out, "the fit on its own training examples", fit);
    List<String> provenance = List.of(
        "Weights of the pronoun resolver's features (PronounModel.FEATURES): a conditional logit over the",
        "candidate entities of a pronoun, fitted by `dossier eval gap " + file.getFileName() + " --train FILE`",
        "(GapEval.train: full-batch gradient descent from zero, L2 " + L2 + ", " + ITERATIONS + " iterations) on the",
        all.size() + " pronouns of that GAP file whose referent (A or B) is among the resolver's candidates.",
        "GAP (Webster et al. 2018, Apache-2.0). Features read with the weights this file replaced.");
    Files.writeString(train, m.toTsv(provenance), StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "wrote %s from %d pronouns%n", train, all.size());
  }

  /**
   * Whether an entity is the one GAP names at {@code span}: it has a mention there or, when no
   * entity has, a mention with the same text (the name read elsewhere in the passage).
   */
  private static boolean names(EntityLayer layer, Entity ent, String text, Span span, String name) {
    if (ent.mentions().stream().anyMatch(m -> m.overlaps(span))) {
      return true;
    }
    boolean someoneThere = layer.entities().stream().anyMatch(x -> x.mentions().stream().anyMatch(m -> m.overlaps(span)));
    return !someoneThere && ent.mentions().stream().anyMatch(m -> m.of(text).equals(name));
  }

  private static String featureText(double[] f) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < f.length && i < PronounModel.FEATURES.size(); i++) {
      if (f[i] != 0) {
        b.append(PronounModel.FEATURES.get(i)).append(String.format(Locale.ROOT, "=%.2g ", f[i]));
      }
    }
    return b.append('}').toString();
  }

  private static Optional<PronounModel.Choice> choose(Read read) {
    int gold = read.goldIndex();
    if (gold < 0 || read.cands().size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new PronounModel.Choice(read.cands().stream().map(Cand::features).toList(), gold));
  }

  private static void add(Score s, Example e, boolean pa, boolean pb) {
    s.add(e.gender(), e.aGold(), pa);
    s.add(e.gender(), e.bGold(), pb);
  }

  private static void print(PrintWriter out, String name, Score s) {
    out.printf(Locale.ROOT, "%-40s %s%n", name, s.line());
    for (String t : s.types()) {
      out.printf(Locale.ROOT, "    %-10s F1 %.4f%n", t, s.f1(t));
    }
    out.flush();
  }

  static List<Example> read(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(new Example(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4], Integer.parseInt(f[5]),
          Boolean.parseBoolean(f[6].toLowerCase(Locale.ROOT)), f[7], Integer.parseInt(f[8]),
          Boolean.parseBoolean(f[9].toLowerCase(Locale.ROOT))));
    }
    return out;
  }
}
