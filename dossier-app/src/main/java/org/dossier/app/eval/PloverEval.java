package org.dossier.app.eval;

import static org.dossier.app.eval.Measures.ratio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Event;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.app.Main;
import org.dossier.app.Pipeline;
import org.dossier.extract.ArticleProcessor;
import org.dossier.extract.event.EventExtractor;
import org.dossier.text.Article;
import org.dossier.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval plover FILE}: event type and source/target actors on the PLOVER gold
 * records ({@code PLOVER_GSR_CAMEO.txt}: one sentence each, its PLOVER type, its source and target
 * actors, and the event words marked "(EVT: ...)").
 *
 * <p>The event scored for a record is Dossier's event whose trigger lies in the first marked event
 * words, else its first event in the sentence; a record with no event counts as wrong. ASSURE, the
 * assurances and promises Dossier separates out, counts as PLOVER's AGREE (express intent). An
 * actor matches when one of the event's source (target) entities has a mention that contains the
 * gold actor's words or lies within them. Beside it, two baselines: every record given the most
 * frequent type, and a bag of words that types the sentence by the first lexicon word in it and
 * takes the first named entity as the source (as GDELT-style coders do).
 */
@Command(name = "plover", mixinStandardHelpOptions = true,
    description = "Event type accuracy and source/target actor match on the PLOVER gold records.")
public final class PloverEval implements Callable<Integer> {

  private static final Pattern EVT = Pattern.compile("\\(EVT: ([^)]*)\\)");

  @Parameters(paramLabel = "FILE", description = "PLOVER_GSR_CAMEO.txt (a JSON array of gold records).")
  Path file;

  @Option(names = "--limit", defaultValue = "0", description = "Score only the first N records (0: all).")
  int limit;

  @Option(names = "--errors", description = "Print the records Dossier types wrong.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      System.err.println("dossier: eval plover needs the PLOVER gold records file: " + file);
      return Main.USAGE;
    }
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    ArticleProcessor processor = Pipeline.processor();
    Map<String, Integer> goldTypes = new HashMap<>();
    int n = 0;
    int typeRight = 0;
    int anyRight = 0;
    int withSource = 0;
    int sourceRight = 0;
    int withTarget = 0;
    int targetRight = 0;
    int bowType = 0;
    int bowSource = 0;
    List<String> golds = new ArrayList<>();
    for (JsonNode r : root) {
      String type = r.path("event").asText();
      String text = r.path("text").asText("");
      if (type.equals("DOCUMENT") || text.isBlank()) {
        continue;
      }
      if (limit > 0 && n >= limit) {
        break;
      }
      n++;
      golds.add(type);
      goldTypes.merge(type, 1, Integer::sum);
      AnnotatedArticle a = processor.annotator().annotate(Article.of(r.path("id").asText(), LocalDate.of(2000, 1, 1), text));
      Analysis analysis = processor.extract(a, List.of());
      List<Entity> entities = analysis.entities();
      List<Event> events = analysis.events();
      List<Span> marked = marked(text, r.path("textInfo").path("markup").asText(""));
      Optional<Event> chosen = events.stream().filter(e -> marked.stream().limit(1).anyMatch(m -> m.overlaps(e.trigger())))
          .findFirst().or(() -> events.stream().filter(e -> marked.stream().anyMatch(m -> m.overlaps(e.trigger()))).findFirst())
          .or(() -> events.stream().findFirst());
      boolean right = chosen.map(e -> same(e.type(), type)).orElse(false);
      typeRight += right ? 1 : 0;
      anyRight += events.stream().anyMatch(e -> same(e.type(), type)) ? 1 : 0;
      List<String> sources = actors(r.path("source"));
      List<String> targets = actors(r.path("target"));
      if (!sources.isEmpty()) {
        withSource++;
        boolean ok = chosen.map(e -> matches(e, Event.Role.SOURCE, sources, entities, text)).orElse(false);
        sourceRight += ok ? 1 : 0;
        if (errors && !ok && chosen.isPresent()) {
          System.out.printf(Locale.ROOT, "SOURCE %s gold %s, dossier %s \"%s\": %s%n", r.path("id").asText(), sources,
              chosen.get().participants().stream().map(x -> x.role() + ":" + entities.stream()
                  .filter(y -> y.id().equals(x.entity())).map(y -> y.label(text)).findFirst().orElse("?")).toList(),
              chosen.get().trigger().of(text), text);
        }
      }
      if (!targets.isEmpty()) {
        withTarget++;
        targetRight += chosen.map(e -> matches(e, Event.Role.TARGET, targets, entities, text)).orElse(false) ? 1 : 0;
      }
      Optional<Event.Type> bag = bagOfWords(a);
      bowType += bag.map(t -> same(t, type)).orElse(false) ? 1 : 0;
      if (!sources.isEmpty()) {
        bowSource += firstName(a).map(w -> actorMatch(w, sources)).orElse(false) ? 1 : 0;
      }
      if (errors && !right) {
        System.out.printf(Locale.ROOT, "%s gold %s, dossier %s: %s%n", r.path("id").asText(), type,
            chosen.map(e -> e.type() + " \"" + e.trigger().of(text) + "\"").orElse("no event"), text);
      }
    }
    String majority = goldTypes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("-");
    int majorityRight = goldTypes.getOrDefault(majority, 0);
    System.out.printf(Locale.ROOT, "PLOVER gold records %s: %d records, %d with a source actor, %d with a target actor%n",
        file, n, withSource, withTarget);
    System.out.printf(Locale.ROOT, "%-36s %16s %16s %16s%n", "", "type acc", "source", "target");
    System.out.printf(Locale.ROOT, "%-36s %16s %16s %16s%n", "dossier (event at the marked words)",
        cell(typeRight, n), cell(sourceRight, withSource), cell(targetRight, withTarget));
    System.out.printf(Locale.ROOT, "%-36s %16s %16s %16s%n", "dossier (type among its events)", cell(anyRight, n), "", "");
    System.out.printf(Locale.ROOT, "%-36s %16s %16s %16s%n", "bag-of-words baseline", cell(bowType, n),
        cell(bowSource, withSource), "");
    System.out.printf(Locale.ROOT, "%-36s %16s %16s %16s%n", "majority type (" + majority + ")", cell(majorityRight, n), "", "");
    return Main.OK;
  }

  private static String cell(int a, int b) {
    return String.format(Locale.ROOT, "%.3f (%d/%d)", ratio(a, b), a, b);
  }


  /** ASSURE is Dossier's refinement of PLOVER's AGREE. */
  private static boolean same(Event.Type predicted, String gold) {
    String p = predicted == Event.Type.ASSURE ? "AGREE" : predicted.name();
    return p.equals(gold);
  }

  /** Where the words marked "(EVT: ...)" are in the plain text. */
  static List<Span> marked(String text, String markup) {
    List<Span> out = new ArrayList<>();
    Matcher m = EVT.matcher(markup);
    int from = 0;
    while (m.find()) {
      String words = m.group(1).replaceAll("\\([A-Z/]+: ", "").trim();
      int at = text.indexOf(words, from);
      if (at < 0) {
        at = text.indexOf(words);
      }
      if (at >= 0) {
        out.add(new Span(at, at + words.length()));
        from = at + words.length();
      }
    }
    return out;
  }

  private static List<String> actors(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode a : node) {
        String t = a.path("actorText").asText("");
        if (!t.isBlank()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static boolean matches(Event e, Event.Role role, List<String> gold, List<Entity> entities, String text) {
    for (Event.Participant p : e.participants()) {
      if (p.role() != role) {
        continue;
      }
      for (Entity x : entities) {
        if (x.id().equals(p.entity())) {
          for (Span m : x.mentions()) {
            if (actorMatch(m.of(text), gold)) {
              return true;
            }
          }
          if (x.name().map(name -> actorMatch(name, gold)).orElse(false)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean actorMatch(String words, List<String> gold) {
    String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    for (String g : gold) {
      String gl = g.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
      if (!w.isBlank() && (w.contains(gl) || gl.contains(w))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Event.Type> bagOfWords(AnnotatedArticle a) {
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        Optional<Event.Type> type = EventExtractor.lexiconType(t.lemma(), t.isVerb());
        if (type.isPresent()) {
          return type;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstName(AnnotatedArticle a) {
    for (Sentence s : a.sentences()) {
      StringBuilder name = new StringBuilder();
      for (Token t : s.tokens()) {
        if (t.isEntity()) {
          name.append(name.length() == 0 ? "" : " ").append(t.word());
        } else if (name.length() > 0) {
          return Optional.of(name.toString());
        }
      }
      if (name.length() > 0) {
        return Optional.of(name.toString());
      }
    }
    return Optional.empty();
  }
}
