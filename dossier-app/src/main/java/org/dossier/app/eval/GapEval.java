package org.dossier.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.analysis.Entity;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.app.Pipeline;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.EntityLayer;
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
 * answer: CoreNLP's coreference puts the two in one chain.
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
    for (Example e : examples) {
      AnnotatedArticle a = fast.annotate(Article.of(e.id(), null, e.text()));
      EntityLayer layer = extractor.extract(a);
      Optional<Entity> referent = layer.mentions().stream()
          .filter(m -> m.span().equals(e.pronounSpan()))
          .findFirst()
          .flatMap(layer::entityOf);
      boolean pa = referent.map(r -> r.mentions().stream().anyMatch(m -> m.overlaps(e.aSpan()))).orElse(false);
      boolean pb = referent.map(r -> r.mentions().stream().anyMatch(m -> m.overlaps(e.bSpan()))).orElse(false);
      if (pa && pb) {
        pb = false;
      }
      if (!pa && !pb && candidates) {
        // GAP names the candidates: when the referent is someone else, the better ranked of A and B
        // among the resolver's antecedents, if close enough to the best
        List<EntityLayer.Antecedent> ranked = layer.antecedents(e.pronounSpan());
        double top = ranked.isEmpty() ? 0 : ranked.get(0).score();
        for (EntityLayer.Antecedent x : ranked) {
          Optional<Entity> ent = layer.entity(x.entity());
          if (ent.isEmpty() || x.score() < top * margin) {
            continue;
          }
          boolean coversA = ent.get().mentions().stream().anyMatch(m -> m.overlaps(e.aSpan()));
          boolean coversB = ent.get().mentions().stream().anyMatch(m -> m.overlaps(e.bSpan()));
          if (coversA != coversB) {
            pa = coversA;
            pb = coversB;
            break;
          }
        }
      }
      add(ours, e, pa, pb);
      if (n < stockLimit) {
        add(oursSubset, e, pa, pb);
      }
      if (errors && (pa != e.aGold() || pb != e.bGold())) {
        boolean aSeen = layer.entities().stream().anyMatch(x -> x.mentions().stream().anyMatch(m -> m.overlaps(e.aSpan())));
        boolean bSeen = layer.entities().stream().anyMatch(x -> x.mentions().stream().anyMatch(m -> m.overlaps(e.bSpan())));
        out.printf(Locale.ROOT, "%s pronoun %s@%d gold A=%s B=%s ours A=%s B=%s (A=%s%s, B=%s%s, referent %s)%n",
            e.id(), e.pronoun(), e.pronounAt(), e.aGold(), e.bGold(), pa, pb, e.a(), aSeen ? "" : " unseen", e.b(),
            bSeen ? "" : " unseen", referent.map(r -> r.label(e.text())).orElse("-"));
      }
      n++;
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
