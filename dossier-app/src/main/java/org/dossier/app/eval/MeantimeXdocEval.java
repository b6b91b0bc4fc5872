package org.dossier.app.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Entity;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.app.Main;
import org.dossier.app.Pipeline;
import org.dossier.extract.ArticleProcessor;
import org.dossier.resolve.CorpusResolver;
import org.dossier.resolve.EntityKey;
import org.dossier.resolve.EntityRecord;
import org.dossier.resolve.EntityRecords;
import org.dossier.resolve.EventRecord;
import org.dossier.resolve.EventRecords;
import org.dossier.resolve.Names;
import org.dossier.resolve.Resolution;
import org.dossier.resolve.Stories;
import org.dossier.resolve.Story;
import org.dossier.text.Article;
import org.dossier.text.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval meantime-xdoc DIR}: cross-document entity coreference on the MEANTIME
 * articles annotated at corpus level (intra-cross-doc). Dossier analyses each article, the
 * corpus resolver merges the article entities across articles, and every gold mention of a
 * person, organisation or place instance takes the corpus entity of the predicted mention over
 * it (over its head word when the gold mention names one), or stays a singleton when Dossier
 * has no mention there. The clustering of the gold mentions is scored against the gold
 * instances with MUC, B³, CEAF-e and their mean (CoNLL-2012). Beside it, two baselines over the
 * same predicted mentions: one entity per article entity (no merging across articles) and one
 * entity per normalised name.
 *
 * <p>Two sets of gold mentions are scored: all of them (names, nominals, pronouns, so the
 * article's own coreference counts too), and names only (syntactic type NAM or PRE.NAM, or the
 * untyped cross-document additions that are capitalised words and not pronouns), which isolates
 * the cross-article step.
 */
@Command(name = "meantime-xdoc", mixinStandardHelpOptions = true,
    description = "Cross-document entity coreference (MUC, B3, CEAF-e, CoNLL) on MEANTIME intra-cross-doc.")
public final class MeantimeXdocEval implements Callable<Integer> {

  private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your",
      "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these",
      "those", "who", "which", "itself", "himself", "herself", "themselves");

  private static final Set<String> POST_MODIFIER = Set.of(",", "of", "in", "at", "on", "for", "from", "with", "by",
      "who", "which", "that", "based", "(", "-lrb-", "--", ":");

  @Parameters(paramLabel = "DIR", description = "a folder of MEANTIME CAT XML files (meantime-apple/intra-cross-doc)")
  Path dir;

  @Option(names = "--types", split = ",", defaultValue = "PER,ORG,LOC",
      description = "gold instance types to score (PER, ORG, LOC, PRO, FIN); default ${DEFAULT-VALUE}")
  List<String> types;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "keep CoreNLP's reading of the articles in FILE and reuse it on the next run")
  Path cache;

  @Option(names = "--errors", description = "print the gold instances split or merged by Dossier")
  boolean errors;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** A gold mention of a cross-document instance. */
  record GoldMention(String article, Span span, String head, boolean named, String instance, String text) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("dossier: eval meantime-xdoc needs a folder of CAT XML files: " + dir);
      return Main.USAGE;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    Map<String, List<Sentence>> cached = cache == null ? Map.of() : AnnotationCache.read(cache);
    Map<String, AnnotatedArticle> annotated = new LinkedHashMap<>();
    boolean changed = false;
    ArticleProcessor processor = null;
    List<GoldMention> gold = new ArrayList<>();
    Map<String, Analysis> analyses = new TreeMap<>();
    List<EntityRecord> records = new ArrayList<>();
    for (Path f : files) {
      MeantimeDocument d = MeantimeDocument.read(f);
      gold.addAll(read(f, d, Set.copyOf(types)));
      Optional<LocalDate> date = creationDate(f);
      Article article = Article.of(d.name(), date.orElse(null), d.body());
      List<Sentence> sentences = cached.get(d.name());
      AnnotatedArticle text;
      if (processor == null) {
        processor = Pipeline.processor();
      }
      if (sentences != null) {
        text = new AnnotatedArticle(article, sentences);
      } else {
        text = processor.annotator().annotate(article);
        changed = true;
      }
      annotated.put(d.name(), text);
      Analysis analysis = processor.extract(text, List.of());
      analyses.put(d.name(), analysis);
      records.addAll(EntityRecords.of(analysis));
    }
    if (cache != null && changed) {
      AnnotationCache.write(cache, annotated);
    }
    Resolution resolution = CorpusResolver.resolve(records);
    Map<EntityKey, EntityRecord> recordOf = new HashMap<>();
    records.forEach(r -> recordOf.put(r.key(), r));

    // each gold mention's predicted article entity, if any
    Map<GoldMention, EntityKey> predicted = new LinkedHashMap<>();
    for (GoldMention g : gold) {
      match(g, analyses.get(g.article())).ifPresent(e -> predicted.put(g, new EntityKey(g.article(), e.id().value())));
    }
    Map<String, Function<EntityKey, String>> systems = new LinkedHashMap<>();
    systems.put("dossier", resolution::corpusId);
    systems.put("baseline: same normalised name", k -> recordOf.get(k).name().map(Names::normalise)
        .filter(n -> !n.isEmpty()).orElse(k.toString()));
    systems.put("baseline: no merging across articles", EntityKey::toString);

    long instances = gold.stream().map(GoldMention::instance).distinct().count();
    long crossDoc = gold.stream()
        .collect(Collectors.groupingBy(GoldMention::instance, Collectors.mapping(GoldMention::article, Collectors.toSet())))
        .values().stream().filter(s -> s.size() > 1).count();
    out.printf(Locale.ROOT, "MEANTIME %s: %d articles, %d %s instances (%d in more than one article), %d gold mentions"
        + " (%d names), %d with a Dossier mention over them%n", dir, files.size(), instances, String.join("/", types),
        crossDoc, gold.size(), gold.stream().filter(GoldMention::named).count(), predicted.size());
    for (boolean namesOnly : new boolean[] {false, true}) {
      out.println(namesOnly ? "names only:" : "all mentions:");
      List<GoldMention> scored = gold.stream().filter(g -> !namesOnly || g.named()).toList();
      List<Set<GoldMention>> key = clusters(scored, GoldMention::instance);
      for (Map.Entry<String, Function<EntityKey, String>> s : systems.entrySet()) {
        Function<EntityKey, String> system = s.getValue();
        List<Set<GoldMention>> response = clusters(scored, g -> {
          EntityKey k = predicted.get(g);
          return k == null ? "unmatched " + g.article() + " " + g.span() : system.apply(k);
        });
        out.printf(Locale.ROOT, "  %-38s %s%n", s.getKey(), CorefScore.of(key, response).line());
      }
    }
    // the stories of the same articles, as a check that grouping runs on real analyses (MEANTIME has no gold for them)
    List<EventRecord> events = new ArrayList<>();
    analyses.values().forEach(a -> events.addAll(EventRecords.of(a)));
    List<Story> stories = Stories.group(events, resolution);
    out.printf(Locale.ROOT, "stories: %d events, %d stories told by more than one article, %d conflicts%n", events.size(),
        stories.stream().filter(s -> s.reports().stream().map(Story.EventKey::articleId).distinct().count() > 1).count(),
        stories.stream().mapToInt(s -> s.conflicts().size()).sum());
    if (errors) {
      printErrors(out, gold, predicted, resolution, recordOf);
      stories.stream().filter(s -> s.reports().size() > 1).forEach(s -> out.println("  story " + s.id() + " " + s.type()
          + " " + s.reports() + " " + s.conflicts()));
    }
    out.flush();
    return Main.OK;
  }

  private static <K> List<Set<GoldMention>> clusters(List<GoldMention> mentions, Function<GoldMention, K> by) {
    Map<K, Set<GoldMention>> out = new LinkedHashMap<>();
    for (GoldMention g : mentions) {
      out.computeIfAbsent(by.apply(g), k -> new LinkedHashSet<>()).add(g);
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The entity whose mention lies over the gold mention's head when the gold mention names one
   * (so that "Apple Computer CEO Steve Jobs" is Jobs, and "Apple CEO", whose head is "CEO", is no
   * mention of Apple), else over the gold mention; the one overlapping most, then the shortest.
   */
  static Optional<Entity> match(GoldMention g, Analysis analysis) {
    Span target = g.span();
    String head = g.head().isBlank() ? headWord(g.text()) : g.head().strip();
    int at = g.text().lastIndexOf(head);
    if (!head.isEmpty() && at >= 0) {
      target = new Span(g.span().start() + at, g.span().start() + at + head.length());
    }
    Entity best = null;
    int bestOverlap = 0;
    int bestLength = Integer.MAX_VALUE;
    for (Entity e : analysis.entities()) {
      for (Span m : e.mentions()) {
        if (!m.overlaps(target)) {
          continue;
        }
        int overlap = Math.min(m.end(), target.end()) - Math.max(m.start(), target.start());
        if (overlap > bestOverlap || (overlap == bestOverlap && m.length() < bestLength)) {
          best = e;
          bestOverlap = overlap;
          bestLength = m.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The head of an English noun phrase whose annotation names none: its last word before any
   * post-modifier (a comma, a preposition, a relative clause): "Apple CEO" is "CEO", "Moscone
   * Center in San Francisco" is "Center".
   */
  static String headWord(String text) {
    String[] words = text.strip().split("\\s+");
    int end = words.length;
    for (int i = 1; i < words.length; i++) {
      if (POST_MODIFIER.contains(words[i].toLowerCase(Locale.ROOT))) {
        end = i;
        break;
      }
    }
    return words[Math.max(0, end - 1)];
  }

  /** The gold mentions of the cross-document instances of the wanted types, with spans in {@code d}'s body. */
  static List<GoldMention> read(Path file, MeantimeDocument d, Set<String> wanted) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = f.newDocumentBuilder().parse(file.toFile());
    // the token spans, laid out as MeantimeDocument lays out the body
    NodeList tokens = xml.getElementsByTagName("token");
    StringBuilder body = new StringBuilder();
    Map<String, Span> tokenSpan = new HashMap<>();
    int current = -1;
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      if (sentence != current) {
        if (current >= 0) {
          body.append("\n\n");
        }
        current = sentence;
      } else {
        body.append(' ');
      }
      int start = body.length();
      body.append(t.getTextContent());
      tokenSpan.put(t.getAttribute("t_id"), new Span(start, body.length()));
    }
    if (!body.toString().equals(d.body())) {
      throw new IllegalStateException("the token layout differs from MeantimeDocument's in " + file);
    }
    Map<String, Element> mentions = new HashMap<>();
    NodeList marks = xml.getElementsByTagName("ENTITY_MENTION");
    for (int i = 0; i < marks.getLength(); i++) {
      Element m = (Element) marks.item(i);
      mentions.put(m.getAttribute("m_id"), m);
    }
    Map<String, String> instanceOf = new HashMap<>();
    NodeList entities = xml.getElementsByTagName("ENTITY");
    for (int i = 0; i < entities.getLength(); i++) {
      Element e = (Element) entities.item(i);
      String instance = e.getAttribute("instance_id");
      if (!instance.isBlank() && wanted.contains(e.getAttribute("ent_type"))) {
        instanceOf.put(e.getAttribute("m_id"), instance);
      }
    }
    List<GoldMention> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    NodeList refers = xml.getElementsByTagName("REFERS_TO");
    for (int i = 0; i < refers.getLength(); i++) {
      Element r = (Element) refers.item(i);
      NodeList targets = r.getElementsByTagName("target");
      if (targets.getLength() == 0) {
        continue;
      }
      String instance = instanceOf.get(((Element) targets.item(0)).getAttribute("m_id"));
      if (instance == null) {
        continue;
      }
      NodeList sources = r.getElementsByTagName("source");
      for (int j = 0; j < sources.getLength(); j++) {
        Element m = mentions.get(((Element) sources.item(j)).getAttribute("m_id"));
        if (m == null || !seen.add(m.getAttribute("m_id"))) {
          continue;
        }
        NodeList anchors = m.getElementsByTagName("token_anchor");
        Span span = null;
        for (int k = 0; k < anchors.getLength(); k++) {
          Span s = tokenSpan.get(((Element) anchors.item(k)).getAttribute("t_id"));
          if (s != null) {
            span = span == null ? s : span.union(s);
          }
        }
        if (span == null) {
          continue;
        }
        String text = span.of(d.body());
        out.add(new GoldMention(d.name(), span, m.getAttribute("head"), named(m.getAttribute("syntactic_type"), text),
            instance, text));
      }
    }
    return out;
  }

  /** A name: NAM or PRE.NAM, or an untyped cross-document mention that is a capitalised word and no pronoun. */
  static boolean named(String syntacticType, String text) {
    if (syntacticType.equals("NAM") || syntacticType.equals("PRE.NAM")) {
      return true;
    }
    if (!syntacticType.isEmpty() || text.isEmpty()) {
      return false;
    }
    String first = text.split("\\s+")[0];
    return Character.isUpperCase(first.codePointAt(0)) && !PRONOUNS.contains(first.toLowerCase(Locale.ROOT))
        && !first.equalsIgnoreCase("the") && !first.equalsIgnoreCase("a");
  }

  private static Optional<LocalDate> creationDate(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = f.newDocumentBuilder().parse(file.toFile());
    NodeList timexes = xml.getElementsByTagName("TIMEX3");
    for (int i = 0; i < timexes.getLength(); i++) {
      Element t = (Element) timexes.item(i);
      String value = t.getAttribute("value");
      if (t.getAttribute("functionInDocument").equals("CREATION_TIME") && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(value));
      }
    }
    return Optional.empty();
  }

  /** The gold instances Dossier splits across corpus entities, and the corpus entities holding several instances. */
  private static void printErrors(PrintWriter out, List<GoldMention> gold, Map<GoldMention, EntityKey> predicted,
      Resolution resolution, Map<EntityKey, EntityRecord> recordOf) {
    Map<String, Map<String, List<String>>> byInstance = new TreeMap<>();
    Map<String, Map<String, List<String>>> byEntity = new TreeMap<>();
    for (GoldMention g : gold) {
      if (!g.named()) {
        continue;
      }
      EntityKey k = predicted.get(g);
      String entity = k == null ? "(none)" : resolution.corpusId(k) + " " + recordOf.get(k).type() + " "
          + recordOf.get(k).name().orElse("-");
      byInstance.computeIfAbsent(g.instance(), x -> new TreeMap<>()).computeIfAbsent(entity, x -> new ArrayList<>())
          .add(g.article().substring(0, Math.min(6, g.article().length())) + ":" + g.text());
      if (k != null) {
        byEntity.computeIfAbsent(entity, x -> new TreeMap<>()).computeIfAbsent(g.instance(), x -> new ArrayList<>())
            .add(g.text());
      }
    }
    out.println("gold instances split (names only):");
    byInstance.forEach((instance, parts) -> {
      if (parts.size() > 1) {
        out.println("  " + instance);
        parts.forEach((e, texts) -> out.println("    " + e + "  " + texts));
      }
    });
    out.println("corpus entities holding several gold instances (names only):");
    byEntity.forEach((entity, parts) -> {
      if (parts.size() > 1) {
        out.println("  " + entity);
        parts.forEach((i, texts) -> out.println("    " + i + "  " + texts));
      }
    });
  }
}
