package org.dossier.app.eval;

import static org.dossier.app.eval.Measures.f1;
import static org.dossier.app.eval.Measures.ratio;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.app.Pipeline;
import org.dossier.app.eval.MeantimeDocument.EntityLink;
import org.dossier.app.eval.MeantimeDocument.EntityMention;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.extract.entity.Mention;
import org.dossier.nlp.StockCoref;
import org.dossier.text.Article;
import org.dossier.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval meantime DIR}: entity mentions (names, nominals and pronouns of people,
 * organisations and places) on the NewsReader MEANTIME corpus (CAT XML). A predicted mention is
 * right when it overlaps a gold mention not yet matched; only the annotated sentences (the title
 * and first sentences of each article) count. Stock CoreNLP is scored the same way with its named
 * entity mentions, and with those plus the mentions of its coreference chains.
 */
@Command(name = "meantime", mixinStandardHelpOptions = true,
    description = "Entity mention F1 on MEANTIME (CAT XML), Dossier beside stock CoreNLP.")
public final class MeantimeEval implements Callable<Integer> {

  @Parameters(index = "0", description = "a folder of MEANTIME CAT XML files (meantime-apple/intra-doc)")
  Path dir;

  @Option(names = "--no-stock", description = "skip the stock CoreNLP pipeline (it needs a 3 GB heap: DOSSIER_JAVA_OPTS=-Xmx3g)")
  boolean noStock;

  @Option(names = "--errors", description = "print missed and spurious mentions")
  boolean errors;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<MeantimeDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        docs.add(MeantimeDocument.read(f));
      }
    }
    out.printf(Locale.ROOT, "%s: %d articles, %d gold PER/ORG/LOC mentions in annotated sentences%n", dir, docs.size(),
        docs.stream().mapToInt(d -> d.entityMentions().size()).sum());
    Annotator fast = Pipeline.processor().annotator();
    EntityExtractor extractor = new EntityExtractor();
    int[] ours = new int[4];
    int[] oursTyped = new int[4];
    for (MeantimeDocument d : docs) {
      AnnotatedArticle a = fast.annotate(Article.of(d.name(), null, d.body()));
      EntityLayer layer = extractor.extract(a);
      List<EntityMention> predicted = new ArrayList<>();
      for (Mention m : layer.mentions()) {
        String t = type(m.type());
        if (t != null && d.inAnnotated(m.span())) {
          predicted.add(new EntityMention(m.span(), t));
        }
      }
      count(ours, d, predicted, false, errors ? out : null);
      count(oursTyped, d, predicted, true, null);
    }
    print(out, "dossier (names, nominals, pronouns)", ours);
    linking(out, docs, fast);
    print(out, "dossier, type must match", oursTyped);
    if (!noStock) {
      out.flush();
      StockCoref stock = new StockCoref();
      int[] ner = new int[4];
      int[] withCoref = new int[4];
      for (MeantimeDocument d : docs) {
        StockCoref.Result r = stock.read(d.body());
        List<EntityMention> names = new ArrayList<>();
        for (int i = 0; i < r.entityMentions().size(); i++) {
          String t = ConllEval.fold(r.entityTypes().get(i));
          Span s = r.entityMentions().get(i);
          if (t != null && !t.equals("MISC") && d.inAnnotated(s)) {
            names.add(new EntityMention(s, t));
          }
        }
        count(ner, d, names, false, null);
        List<EntityMention> all = new ArrayList<>(names);
        for (List<Span> chain : r.chains()) {
          String t = null;
          for (EntityMention n : names) {
            if (chain.stream().anyMatch(s -> s.overlaps(n.span()))) {
              t = n.type();
            }
          }
          for (Span s : chain) {
            if (t != null && d.inAnnotated(s) && all.stream().noneMatch(x -> x.span().overlaps(s))) {
              all.add(new EntityMention(s, t));
            }
          }
        }
        count(withCoref, d, all, false, null);
      }
      print(out, "stock corenlp named entities", ner);
      print(out, "stock corenlp named entities + coref", withCoref);
    }
    return 0;
  }

  /**
   * Linking against MEANTIME's DBpedia references: for each gold entity with one that Dossier
   * also found (a named entity over one of its name mentions), the best title and its score;
   * precision and recall of the links at each threshold.
   */
  private static void linking(PrintWriter out, List<MeantimeDocument> docs, Annotator fast) {
    java.util.Optional<org.dossier.extract.link.EntityLinker> linker = org.dossier.extract.link.EntityLinker.shared();
    if (linker.isEmpty()) {
      out.println("linking: no index");
      return;
    }
    EntityExtractor plain = new EntityExtractor(org.dossier.extract.place.Gazetteer.geonames(), java.util.Optional.empty());
    List<double[]> scored = new ArrayList<>(); // score, correct
    int gold = 0;
    for (MeantimeDocument d : docs) {
      AnnotatedArticle a = fast.annotate(Article.of(d.name(), null, d.body()));
      EntityLayer layer = plain.extract(a);
      for (EntityLink g : d.links()) {
        gold++;
        java.util.Optional<org.dossier.analysis.Entity> e = layer.entities().stream()
            .filter(x -> x.name().isPresent() && x.mentions().stream().anyMatch(m -> g.mentions().stream().anyMatch(m::overlaps)))
            .findFirst();
        if (e.isEmpty()) {
          continue;
        }
        java.util.Optional<org.dossier.analysis.Link> l = linker.get().candidate(e.get(), layer.entities());
        if (l.isPresent()) {
          boolean right = sameTitle(l.get().id(), g.title());
          scored.add(new double[] {l.get().score(), right ? 1 : 0});
          if (!right && System.getProperty("dossier.debugLinks") != null) {
            out.printf("  link %s: ours %s (%.3f), gold %s%n", e.get().name().get(), l.get().id(), l.get().score(), g.title());
          }
        }
      }
    }
    out.printf(Locale.ROOT, "linking: %d gold entities with a DBpedia title, %d found and given a candidate%n", gold, scored.size());
    for (double t = 0.30; t <= 0.801; t += 0.05) {
      int given = 0;
      int right = 0;
      for (double[] x : scored) {
        if (x[0] >= t) {
          given++;
          right += (int) x[1];
        }
      }
      out.printf(Locale.ROOT, "  threshold %.2f: %d links, precision %.3f, recall %.3f%s%n", t, given,
          given == 0 ? 0 : right / (double) given, right / (double) gold,
          Math.abs(t - org.dossier.extract.link.EntityLinker.THRESHOLD) < 1e-6 ? "  <- used" : "");
    }
    out.flush();
  }

  private static boolean sameTitle(String a, String b) {
    String x = java.net.URLDecoder.decode(b.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    return a.equalsIgnoreCase(x) || a.equalsIgnoreCase(b);
  }

  /**
   * Overlap in both directions: a gold mention is found when a predicted one overlaps it, a
   * predicted mention is right when it overlaps a gold one (nested gold mentions — "Apple
   * Computer CEO Steve Jobs", "Apple Computer CEO", "Steve Jobs" — are each found by any
   * mention over them). Counts tp (found gold), fp, fn; precision uses the predicted side.
   */
  private static void count(int[] c, MeantimeDocument d, List<EntityMention> predicted, boolean typed, PrintWriter errors) {
    for (EntityMention g : d.entityMentions()) {
      boolean found = predicted.stream()
          .anyMatch(p -> p.span().overlaps(g.span()) && (!typed || p.type().equals(g.type())));
      if (found) {
        c[0]++;
      } else {
        c[2]++;
        if (errors != null) {
          errors.printf("  miss %s %s [%s]%n", d.name(), g.type(), g.span().of(d.body()));
        }
      }
    }
    for (EntityMention p : predicted) {
      boolean right = d.entityMentions().stream()
          .anyMatch(g -> p.span().overlaps(g.span()) && (!typed || p.type().equals(g.type())));
      if (right) {
        c[3]++;
      } else {
        c[1]++;
        if (errors != null) {
          errors.printf("  spurious %s %s [%s]%n", d.name(), p.type(), p.span().of(d.body()));
        }
      }
    }
  }

  private static void print(PrintWriter out, String name, int[] c) {
    double p = ratio(c[3], c[3] + c[1]);
    double r = ratio(c[0], c[0] + c[2]);
    double f = f1(p, r);
    out.printf(Locale.ROOT, "%-40s P %.4f  R %.4f  F1 %.4f  (gold found %d, missed %d; predicted right %d, wrong %d)%n",
        name, p, r, f, c[0], c[2], c[3], c[1]);
    out.flush();
  }

  private static String type(EntityType t) {
    switch (t) {
      case PERSON:
      case GROUP:
        return "PER";
      case ORGANIZATION:
        return "ORG";
      case LOCATION:
      case FACILITY:
        return "LOC";
      default:
        return null;
    }
  }
}
