package org.dossier.extract.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Link;

/**
 * Ties a named entity to a Wikipedia title, with a score, or to none.
 *
 * <p>Score: for a name, half its prior, a fifth when the title is the name itself, a fifth
 * when the context has a word of the title, a tenth for popularity; for an acronym, 0.35 prior,
 * 0.5 context, 0.15 popularity.
 *
 * <p>Candidates: the title each of the entity's names links to most often in CoreNLP's Wikipedia
 * dictionary (with that share as the prior; the longest name first), and for an acronym the
 * titles whose initials it is ("PTI": Pakistan_Tehreek-e-Insaf, Press_Trust_of_India,
 * Pardon_the_Interruption). Ranking: the prior, whether a word of the title is among the names of
 * the article's other entities (its context: "Pakistan" next to "PTI"), and the title's
 * popularity. An acronym's own prior counts for less, because acronyms are the ambiguous names.
 * A link is given only at or above {@link #THRESHOLD}.
 *
 * <p>The threshold was calibrated on MEANTIME's DBpedia links ({@code dossier eval meantime}):
 * see the project's entity documentation for the table of precision and recall per threshold.
 */
public final class EntityLinker {

  /** The score below which no link is given. */
  public static final double THRESHOLD = 0.40;

  /** What separates the words of a name or title: anything but a letter or a digit. */
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> STOP = Set.of("the", "of", "and", "for", "in", "on", "at", "de", "la", "le",
      "company", "inc", "ltd", "corporation", "party", "city", "state", "people");
  /**
   * A person is linked only when Wikipedia knows the title by this many surface forms: the
   * dictionary pairs a rare name with its only namesake ("Atif Khan", a cricketer), and the
   * number of names is the one sign of notability it has.
   */
  static final int MIN_PERSON_NAMES = 5;

  private static final List<String> ORG_SUFFIXES =
      List.of(" Inc.", " Corporation", " Corp.", " Company", " Group", " (company)", " Ltd", " plc");
  private static volatile Optional<EntityLinker> shared;

  private final LinkIndex index;

  public EntityLinker(LinkIndex index) {
    this.index = index;
  }

  /**
   * The linker over the index in the cache directory ({@code dossier.cache}, else
   * {@code ~/.cache/dossier}), built there on first use from the Wikipedia dictionary on the class
   * path (CoreNLP's {@code models-english-kbp}, about a minute, once); empty when neither is
   * available or {@code dossier.linking=false}.
   */
  public static Optional<EntityLinker> shared() {
    Optional<EntityLinker> s = shared;
    if (s == null) {
      synchronized (EntityLinker.class) {
        s = shared;
        if (s == null) {
          s = load();
          shared = s;
        }
      }
    }
    return s;
  }

  private static Optional<EntityLinker> load() {
    if ("false".equals(System.getProperty("dossier.linking"))) {
      return Optional.empty();
    }
    String dir = System.getProperty("dossier.cache",
        Path.of(System.getProperty("user.home"), ".cache", "dossier").toString());
    Path file = Path.of(dir, "wikilinks-v2.bin");
    try {
      if (!Files.isRegularFile(file)) {
        try (InputStream in = EntityLinker.class.getClassLoader()
            .getResourceAsStream("edu/stanford/nlp/models/kbp/english/wikidict.tab.gz")) {
          if (in == null) {
            return Optional.empty();
          }
          System.err.println("dossier: building the entity-linking index in " + file + " (once, about a minute)");
          LinkIndex.build(in, file);
        }
      }
      return Optional.of(new EntityLinker(LinkIndex.open(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build or open the link index " + file, e);
    }
  }

  /** The entity with its link, when one scores at or above {@link #THRESHOLD}. */
  public Entity link(Entity e, List<Entity> all) {
    return link(e, ContextWords.of(all));
  }

  /** Every entity of an article with its link, the article's context words counted once. */
  public List<Entity> linkAll(List<Entity> all) {
    ContextWords context = ContextWords.of(all);
    List<Entity> out = new ArrayList<>(all.size());
    for (Entity e : all) {
      out.add(link(e, context));
    }
    return out;
  }

  private Entity link(Entity e, ContextWords context) {
    Optional<Link> l = candidate(e, context).filter(c -> c.score() >= THRESHOLD);
    if (l.isEmpty()) {
      return e;
    }
    List<String> aliases = new ArrayList<>(e.aliases());
    String expansion = l.get().id().replace('_', ' ');
    // an acronym gains the expansion its link spells out: "PTI" is "Pakistan Tehreek-e-Insaf"
    if (e.name().filter(EntityLinker::isAcronym).isPresent()
        && e.name().get().replace(".", "").equals(LinkIndex.initials(l.get().id())) && !aliases.contains(expansion)) {
      aliases.add(expansion);
    }
    return new Entity(e.id(), e.type(), e.name(), e.subtype(), aliases, e.mentions(), e.descriptors(), l, e.place());
  }

  /** The best-scoring title for an entity whatever its score (for calibration); empty when none. */
  public Optional<Link> candidate(Entity e, List<Entity> all) {
    return candidate(e, ContextWords.of(all));
  }

  private Optional<Link> candidate(Entity e, ContextWords words) {
    if (e.name().isEmpty() || e.type() == EntityType.GROUP || e.type() == EntityType.NATIONALITY) {
      return Optional.empty();
    }
    Predicate<String> contextWords = words.without(e);
    List<String> ordered = names(e);
    ordered.sort((a, b) -> Integer.compare(b.length(), a.length()));
    String best = null;
    double bestScore = 0;
    for (String name : ordered) {
      boolean acronym = isAcronym(name);
      Optional<LinkIndex.Candidate> direct = index.lookup(name);
      if (e.type() == EntityType.ORGANIZATION && !acronym) {
        // "Apple" the company is "Apple Inc.": an organisation's own title beats a common noun's
        for (String suffix : ORG_SUFFIXES) {
          Optional<LinkIndex.Candidate> v = index.lookup(name + suffix);
          if (v.isPresent() && v.get().title().replace('_', ' ').startsWith(name)) {
            double s = score(v.get(), false, contextWords, v.get().title().replace('_', ' '));
            if (s > bestScore) {
              best = v.get().title();
              bestScore = s;
            }
          }
        }
      }
      if (direct.isPresent()) {
        double s = score(direct.get(), acronym, contextWords, name);
        if (e.type() == EntityType.PERSON && direct.get().inDegree() < MIN_PERSON_NAMES) {
          s = Math.min(s, THRESHOLD / 2); // a rare name's only namesake, likely someone else
        }
        if (s > bestScore) {
          best = direct.get().title();
          bestScore = s;
        }
      }
      if (acronym) {
        List<LinkIndex.Candidate> exp = index.expansions(name);
        for (LinkIndex.Candidate c : exp.subList(0, Math.min(50, exp.size()))) {
          double s = score(c, true, contextWords, name);
          if (s > bestScore) {
            best = c.title();
            bestScore = s;
          }
        }
      }
      if (best != null && !acronym && name.equals(ordered.get(0)) && bestScore >= THRESHOLD) {
        break; // the full name decides when it links well
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new Link("wikipedia", best, Math.min(1, Math.round(bestScore * 1000) / 1000.0)));
  }

  /**
   * The words of the names of an article's named entities, each counted once per entity: the
   * context of one entity is the words of all the others, found without a pass over all of them
   * for each (an article of thousands of entities would take quadratic time).
   */
  private static final class ContextWords {
    private final Map<String, Integer> entities = new HashMap<>();

    static ContextWords of(List<Entity> all) {
      ContextWords c = new ContextWords();
      for (Entity o : all) {
        if (o.name().isPresent()) {
          for (String w : words(o)) {
            c.entities.merge(w, 1, Integer::sum);
          }
        }
      }
      return c;
    }

    /** The context words of {@code e}: those of the names of the other named entities. */
    Predicate<String> without(Entity e) {
      Set<String> own = e.name().isPresent() ? words(e) : Set.of();
      return w -> entities.getOrDefault(w, 0) - (own.contains(w) ? 1 : 0) > 0;
    }

    /** The words of an entity's names that may tell its context: three letters or more, not a stop word. */
    private static Set<String> words(Entity o) {
      Set<String> out = new HashSet<>();
      for (String c : names(o)) {
        for (String w : WORD_BREAK.split(c.toLowerCase(Locale.ROOT))) {
          if (w.length() >= 3 && !STOP.contains(w)) {
            out.add(w);
          }
        }
      }
      return out;
    }
  }

  private static List<String> names(Entity e) {
    List<String> out = new ArrayList<>();
    e.name().ifPresent(out::add);
    out.addAll(e.aliases());
    return out;
  }

  private static double score(LinkIndex.Candidate c, boolean acronym, Predicate<String> context, String name) {
    Set<String> own = new HashSet<>(List.of(WORD_BREAK.split(name.toLowerCase(Locale.ROOT))));
    boolean hit = false;
    for (String w : WORD_BREAK.split(c.title().toLowerCase(Locale.ROOT))) {
      if (w.length() >= 3 && !STOP.contains(w) && !own.contains(w) && context.test(w)) {
        hit = true;
      }
    }
    double ctx = hit ? 1 : 0;
    double pop = Math.min(1, Math.log10(1 + c.inDegree()) / 3);
    double exact = c.title().replace('_', ' ').equalsIgnoreCase(name) ? 1 : 0;
    return acronym
        ? 0.35 * c.prior() + 0.5 * ctx + 0.15 * pop
        : 0.5 * c.prior() + 0.2 * exact + 0.2 * ctx + 0.1 * pop;
  }

  private static boolean isAcronym(String name) {
    String n = name.replace(".", "");
    return n.length() >= 2 && n.length() <= 6 && n.chars().allMatch(Character::isUpperCase);
  }
}
