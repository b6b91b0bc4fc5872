package org.dossier.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.analysis.Attribution;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.app.Main;
import org.dossier.app.Pipeline;
import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.text.Article;
import org.dossier.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval polnear DIR}: attribution cues, sources and contents against PolNeAR's brat
 * annotations ({@code DIR/text/*.txt}, {@code DIR/attributions/*_ANNOTATOR.ann}; the first
 * annotator of each text is the gold). An attribution is found when a predicted cue overlaps a
 * gold cue; sources and contents are scored as spans, by overlap and exactly.
 *
 * <p>Two readings of Dossier are scored: the pipeline's (reports of speech and information) and the
 * broad one (also stance and intention verbs, which PolNeAR counts as attribution). Beside them, a
 * baseline without a parse: every "said", "says", "told", "according to" is a cue and the names or
 * pronoun next to it the source. (Stock CoreNLP's quote attributor finds only quotations and no
 * cues at all.) As PolNeAR labels each token once, a predicted cue inside another predicted
 * attribution's content is dropped before scoring, for every system alike.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
    description = "Score attribution (cue, source, content spans) on PolNeAR brat files.")
public final class PolnearEval implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "A PolNeAR split: the folder holding text/ and attributions/.")
  Path dir;

  @Option(names = "--limit", defaultValue = "0", description = "Score only the first N texts (0: all).")
  int limit;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Keep CoreNLP's annotation of the texts here and reuse it on the next run.")
  Path cache;

  @Option(names = "--dump", paramLabel = "FILE", hidden = true,
      description = "Write every gold and predicted attribution of the broad reading, matched or not, as TSV (for error analysis on train).")
  Path dump;

  private final List<String> dumpLines = new ArrayList<>();

  @Option(names = "--show-misses", hidden = true, description = "Print the broad reading's most missed and most wrong cue words, missed sources and samples (use on train only).")
  boolean showMisses;

  private final Map<String, Integer> missed = new java.util.TreeMap<>();
  private final Map<String, Integer> wrong = new java.util.TreeMap<>();

  /** One gold or predicted attribution: its cue, source and content, each possibly in pieces. */
  record Item(List<Span> cue, List<Span> source, List<Span> content) {}

  @Override
  public Integer call() throws IOException {
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      System.err.println("dossier: eval polnear needs DIR/text and DIR/attributions: " + dir);
      return Main.USAGE;
    }
    Map<String, Path> goldFiles = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(anns)) {
      s.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
        String name = p.getFileName().toString();
        goldFiles.putIfAbsent(name.substring(0, name.lastIndexOf('_')), p);
      });
    }
    Map<String, List<Sentence>> cached = cache == null ? Map.of() : AnnotationCache.read(cache);
    Map<String, AnnotatedArticle> annotated = new LinkedHashMap<>();
    boolean changed = false;
    Annotator annotator = null;
    EntityExtractor entityExtractor = new EntityExtractor();
    Map<String, AttributionExtractor> systems = new LinkedHashMap<>();
    systems.put("dossier (reports)", new AttributionExtractor());
    systems.put("dossier (broad)", AttributionExtractor.broad());
    List<String> names = new ArrayList<>(systems.keySet());
    names.add("said-verb baseline");
    Map<String, MatchScore[]> scores = new LinkedHashMap<>();
    names.forEach(n -> scores.put(n, new MatchScore[] {new MatchScore(), new MatchScore(), new MatchScore(), new MatchScore(), new MatchScore(), new MatchScore()}));
    int n = 0;
    long nanos = 0;
    for (var entry : goldFiles.entrySet()) {
      if (limit > 0 && n >= limit) {
        break;
      }
      Path textFile = texts.resolve(entry.getKey() + ".txt");
      if (!Files.isRegularFile(textFile)) {
        continue;
      }
      n++;
      String body = Files.readString(textFile, StandardCharsets.UTF_8);
      List<Item> gold = readBrat(entry.getValue());
      Article article = Article.of(entry.getKey(), null, body);
      List<Sentence> sentences = cached.get(entry.getKey());
      AnnotatedArticle text;
      if (sentences != null) {
        text = new AnnotatedArticle(article, sentences);
      } else {
        if (annotator == null) {
          annotator = Pipeline.processor().annotator();
        }
        text = annotator.annotate(article);
        changed = true;
      }
      annotated.put(entry.getKey(), text);
      EntityLayer entities = entityExtractor.extract(text);
      for (var s : systems.entrySet()) {
        long a = System.nanoTime();
        List<Item> all = s.getValue().extract(text, entities).stream().map(PolnearEval::item).toList();
        List<Item> predicted = univocal(all);
        if (showMisses && s.getKey().equals("dossier (broad)")) {
          for (Item x : all) {
            if (!predicted.contains(x)) {
              boolean hit = gold.stream().anyMatch(g -> overlaps(g.cue, x.cue));
              missed.merge(hit ? "(dropped, gold cue)" : "(dropped, no gold cue)", 1, Integer::sum);
              if (hit && sourceSamples.size() < 700) {
                Item o = all.stream().filter(y -> y != x && !y.source.isEmpty() && y.content.stream()
                    .anyMatch(c -> x.cue.stream().allMatch(c::contains))).findFirst().orElseThrow();
                boolean outerGold = gold.stream().anyMatch(g -> overlaps(g.cue, o.cue));
                sourceSamples.add("DROPPED [" + x.cue.get(0).of(body) + "] inside [" + o.cue.get(0).of(body) + "] outerGold="
                    + outerGold + " content=" + o.content.get(0).of(body).replace('\n', '/'));
              }
            }
          }
        }
        if (s.getKey().equals("dossier (reports)")) {
          nanos += System.nanoTime() - a;
        }
        score(scores.get(s.getKey()), predicted, gold);
        if (dump != null && s.getKey().equals("dossier (broad)")) {
          dump(entry.getKey(), text, predicted, all, gold);
        }
        if (showMisses && s.getKey().equals("dossier (broad)")) {
          tally(body, predicted, gold);
        }
      }
      score(scores.get("said-verb baseline"), univocal(baseline(text)), gold);
    }
    if (cache != null && changed) {
      AnnotationCache.write(cache, annotated);
    }
    if (dump != null) {
      Files.write(dump, dumpLines, StandardCharsets.UTF_8);
    }
    System.out.printf(Locale.ROOT, "PolNeAR %s: %d texts, %d gold attributions (first annotator of each text)%n",
        dir, n, scores.get(names.get(0))[0].gold());
    System.out.printf(Locale.ROOT, "%-20s %6s  %-16s %-16s %-16s %-16s %-16s %-16s%n", "", "found", "cue overlap",
        "cue exact", "source overlap", "source exact", "content overlap", "content exact");
    System.out.printf(Locale.ROOT, "%-20s %6s  %-16s %-16s %-16s %-16s %-16s %-16s%n", "", "", "P    R    F1",
        "P    R    F1", "P    R    F1", "P    R    F1", "P    R    F1", "P    R    F1");
    for (var e : scores.entrySet()) {
      MatchScore[] s = e.getValue();
      System.out.printf(Locale.ROOT, "%-20s %6d  %-16s %-16s %-16s %-16s %-16s %-16s%n", e.getKey(), s[0].predicted(),
          s[0].cell(), s[1].cell(), s[2].cell(), s[3].cell(), s[4].cell(), s[5].cell());
    }
    if (showMisses) {
      System.out.println("missed: " + top(missed));
      System.out.println("wrong: " + top(wrong));
      System.out.println("missed sources: " + missedSources);
      sourceSamples.forEach(x -> System.out.println("  sample: " + x));
    }
    System.out.printf(Locale.ROOT, "attribution stage: %.1f ms per text%n", n == 0 ? 0 : nanos / 1e6 / n);
    return Main.OK;
  }

  private void dump(String doc, AnnotatedArticle text, List<Item> predicted, List<Item> all, List<Item> gold) {
    String body = text.body();
    for (Item g : gold) {
      Optional<Item> hit = predicted.stream().filter(p -> overlaps(p.cue, g.cue)).findFirst();
      Optional<Item> dropped = all.stream().filter(p -> !predicted.contains(p) && overlaps(p.cue, g.cue)).findFirst();
      String status = hit.isPresent() ? (g.source.isEmpty() && hit.get().source.isEmpty() ? "OKNOSRC"
          : overlaps(hit.get().source, g.source) ? "OK" : g.source.isEmpty() ? "SRCEXTRA"
          : hit.get().source.isEmpty() ? "NOSRC" : "BADSRC") : dropped.isPresent() ? "DROPPED" : "MISSED";
      dumpLines.add(String.join("\t", "G", status, doc, texts(body, g.cue), texts(body, g.source),
          hit.or(() -> dropped).map(p -> texts(body, p.cue)).orElse(""),
          hit.or(() -> dropped).map(p -> texts(body, p.source)).orElse(""), context(text, g.cue.get(0))));
    }
    for (Item p : predicted) {
      if (!p.source.isEmpty() && gold.stream().noneMatch(g -> overlaps(p.source, g.source))) {
        boolean cueHit = gold.stream().anyMatch(g -> overlaps(p.cue, g.cue));
        dumpLines.add(String.join("\t", "S", cueHit ? "CUEHIT" : "CUEMISS", doc, texts(body, p.cue), texts(body, p.source),
            "", "", context(text, p.cue.get(0))));
      }
      if (gold.stream().noneMatch(g -> overlaps(p.cue, g.cue))) {
        Optional<Item> outer = gold.stream().filter(g -> g.content.stream().anyMatch(c -> p.cue.stream().allMatch(c::contains)))
            .findFirst();
        String outerState = outer.map(g -> texts(body, g.cue) + (predicted.stream().anyMatch(q -> overlaps(q.cue, g.cue))
            ? " (found)" : " (missed)")).orElse("");
        dumpLines.add(String.join("\t", "P", outer.isPresent() ? "INCONTENT" : "SPURIOUS", doc, texts(body, p.cue), texts(body, p.source),
            outerState, "", context(text, p.cue.get(0))));
      }
    }
  }

  private static String texts(String body, List<Span> spans) {
    return String.join(" .. ", spans.stream().map(x -> x.of(body)).toList()).replaceAll("\\s+", " ");
  }

  private static String context(AnnotatedArticle text, Span cue) {
    for (Sentence s : text.sentences()) {
      if (s.span().contains(cue.start())) {
        String body = text.body();
        return (body.substring(s.span().start(), cue.start()) + "[[" + cue.of(body) + "]]"
            + body.substring(cue.end(), Math.max(cue.end(), s.span().end()))).replaceAll("\\s+", " ");
      }
    }
    return "";
  }

  private final List<String> sourceSamples = new ArrayList<>();
  private final Map<String, Integer> missedSources = new java.util.TreeMap<>();

  private void tally(String body, List<Item> predicted, List<Item> gold) {
    for (Item g : gold) {
      if (!g.source.isEmpty() && predicted.stream().noneMatch(p -> overlaps(p.source, g.source))) {
        String gs = String.join(" .. ", g.source.stream().map(x -> x.of(body)).toList()).replace('\n', ' ');
        Optional<Item> hit = predicted.stream().filter(p -> overlaps(p.cue, g.cue)).findFirst();
        String kind = hit.isEmpty() ? "cue-missed" : hit.get().source.isEmpty() ? "no-source" : "other-source";
        missedSources.merge(kind, 1, Integer::sum);
        if (hit.isPresent() && sourceSamples.size() < 150) {
          sourceSamples.add("SOURCE [" + g.cue.get(0).of(body) + "] gold=" + gs + " | ours="
              + hit.get().source.stream().map(x -> x.of(body)).toList());
        }
      }
    }
    for (Item g : gold) {
      if (predicted.stream().noneMatch(p -> overlaps(p.cue, g.cue))) {
        String w = g.cue.get(0).of(body).toLowerCase(Locale.ROOT);
        missed.merge(w, 1, Integer::sum);
        if (sourceSamples.size() < 600) {
          Span c = g.cue.get(0);
          sourceSamples.add("MISSED " + w + ": " + body.substring(Math.max(0, c.start() - 120), c.start()).replace('\n', '/')
              + " [[" + w + "]] " + body.substring(c.end(), Math.min(body.length(), c.end() + 60)).replace('\n', '/')
              + " || src=" + g.source.stream().map(x -> x.of(body)).toList());
        }
      }
    }
    for (Item p : predicted) {
      if (gold.stream().noneMatch(g -> overlaps(p.cue, g.cue))) {
        String w = p.cue.get(0).of(body).toLowerCase(Locale.ROOT);
        wrong.merge(w, 1, Integer::sum);
        if (w.matches("said|saying|says|:|called|call") && sourceSamples.size() < 400) {
          Span c = p.cue.get(0);
          sourceSamples.add("WRONG " + w + ": " + body.substring(Math.max(0, c.start() - 120), c.start()).replace('\n', '/')
              + " [[" + w + "]] " + body.substring(c.end(), Math.min(body.length(), c.end() + 60)).replace('\n', '/')
              + " || src=" + p.source.stream().map(x -> x.of(body)).toList());
        }
      }
    }
  }

  private static String top(Map<String, Integer> counts) {
    return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(60)
        .map(e -> e.getKey() + "=" + e.getValue()).toList().toString();
  }

  private static void score(MatchScore[] s, List<Item> predicted, List<Item> gold) {
    s[0].add(predicted, gold, (p, g) -> overlaps(p.cue, g.cue));
    s[1].add(predicted, gold, (p, g) -> same(p.cue, g.cue));
    List<List<Span>> ps = predicted.stream().map(Item::source).filter(x -> !x.isEmpty()).toList();
    List<List<Span>> gs = gold.stream().map(Item::source).filter(x -> !x.isEmpty()).toList();
    s[2].add(ps, gs, PolnearEval::overlaps);
    s[3].add(ps, gs, PolnearEval::same);
    List<List<Span>> pc = predicted.stream().map(Item::content).filter(x -> !x.isEmpty()).toList();
    List<List<Span>> gc = gold.stream().map(Item::content).filter(x -> !x.isEmpty()).toList();
    s[4].add(pc, gc, PolnearEval::overlaps);
    s[5].add(pc, gc, PolnearEval::same);
  }

  /**
   * PolNeAR gives each token at most one label, so a cue inside another attribution's content
   * ("Sources said Khan told aides that ...") is never annotated: keep the outer attribution only.
   */
  static List<Item> univocal(List<Item> items) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      boolean inner = items.stream().anyMatch(o -> o != i && !o.source.isEmpty() && o.content.stream()
          .anyMatch(c -> i.cue.stream().allMatch(c::contains)));
      if (!inner) {
        out.add(i);
      }
    }
    return out;
  }

  private static Item item(Attribution a) {
    return new Item(List.of(a.cue()), a.source().map(List::of).orElse(List.of()),
        a.content().isEmpty() ? List.of() : List.of(a.content()));
  }

  static boolean overlaps(List<Span> a, List<Span> b) {
    for (Span x : a) {
      for (Span y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean same(List<Span> a, List<Span> b) {
    return !a.isEmpty() && !b.isEmpty() && cover(a).equals(cover(b));
  }

  private static Span cover(List<Span> spans) {
    Span c = spans.get(0);
    for (Span s : spans) {
      c = c.union(s);
    }
    return c;
  }

  /** Reads the attributions of one brat file: E lines linking Cue, Source and Content T lines. */
  static List<Item> readBrat(Path file) throws IOException {
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    List<String> events = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (line.startsWith("T") && f.length >= 2) {
        String[] typeAndRanges = f[1].split(" ", 2);
        List<Span> ranges = new ArrayList<>();
        for (String r : typeAndRanges[1].split(";")) {
          String[] se = r.trim().split(" ");
          ranges.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
        }
        spans.put(f[0], ranges);
      } else if (line.startsWith("E") && f.length >= 2) {
        events.add(f[1]);
      }
    }
    List<Item> out = new ArrayList<>();
    for (String e : events) {
      List<Span> cue = List.of();
      List<Span> source = List.of();
      List<Span> content = List.of();
      for (String arg : e.split(" ")) {
        String[] kv = arg.split(":");
        if (kv.length != 2) {
          continue;
        }
        List<Span> s = spans.getOrDefault(kv[1], List.of());
        if (kv[0].startsWith("Cue")) {
          cue = s;
        } else if (kv[0].startsWith("Source")) {
          source = s;
        } else if (kv[0].startsWith("Content")) {
          content = s;
        }
      }
      if (!cue.isEmpty()) {
        out.add(new Item(cue, source, content));
      }
    }
    return out;
  }

  /**
   * The simplest reading without a parse: a reporting word is a cue; the run of proper nouns or
   * the pronoun right before it (else right after it) is the source; the rest of the sentence is
   * the content.
   */
  static List<Item> baseline(AnnotatedArticle text) {
    List<Item> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        boolean according = w.equals("according") && t.index() + 1 < s.size()
            && s.token(t.index() + 1).word().equalsIgnoreCase("to");
        if (!according && !(w.equals("said") || w.equals("says") || w.equals("say") || w.equals("told"))) {
          continue;
        }
        Span cue = according ? s.span(t.index(), t.index() + 1) : t.span();
        Optional<Span> source = according ? run(s, t.index() + 2, 1) : run(s, t.index() - 1, -1).or(() -> run(s, t.index() + 1, 1));
        List<Span> content = new ArrayList<>();
        int first = s.tokens().get(0).span().start();
        int from = source.map(x -> Math.min(x.start(), cue.start())).orElse(cue.start());
        int to = source.map(x -> Math.max(x.end(), cue.end())).orElse(cue.end());
        if (from > first) {
          content.add(new Span(first, from));
        }
        if (to < s.span().end()) {
          content.add(new Span(to, s.span().end()));
        }
        out.add(new Item(List.of(cue), source.map(List::of).orElse(List.of()), content));
      }
    }
    return out;
  }

  private static Optional<Span> run(Sentence s, int from, int step) {
    int i = from;
    int last = -1;
    while (i >= 0 && i < s.size() && (s.token(i).isProperNoun() || s.token(i).pos().equals("PRP") && last < 0)) {
      last = i;
      if (s.token(i).pos().equals("PRP")) {
        break;
      }
      i += step;
    }
    if (last < 0) {
      return Optional.empty();
    }
    return Optional.of(step > 0 ? s.span(from, last) : s.span(last, from));
  }
}
