package org.dossier.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
import org.dossier.analysis.EntityType;

/**
 * Which article entities are one real-world entity. Deterministic and independent of input order.
 *
 * <p>The rules, in the order they apply (docs/corpus.md tells why):
 *
 * <ol>
 *   <li>the same Wikipedia link, between entities of one kind (people; organisations and other
 *       named things; places), is one entity;
 *   <li>the same GeoNames entry of a place or facility is one place;
 *   <li>the same normalised name ({@link Names#normalise}) of the same kind is one entity, unless
 *       the two carry different Wikipedia links or GeoNames entries; for people this holds for
 *       full names (two words or more), and two groups of one full name that share nothing in
 *       their articles and whose descriptors contradict ("footballer" against "member of
 *       parliament") stay apart;
 *   <li>a one-word person name ("Khan") joins a full name ending in that word (or using it as an
 *       alias) only when exactly one such person is known and the two share a descriptor, an affiliation or a co-occurring
 *       entity; one-word names with no full name to join merge with each other on shared evidence
 *       only;
 *   <li>an entity typed MISC joins the one organisation of the same name that shares evidence
 *       with it;
 *   <li>unnamed actors and groups never merge.
 * </ol>
 */
public final class CorpusResolver {

  private CorpusResolver() {}

  public static Resolution resolve(Collection<EntityRecord> records) {
    return new Run(records).resolve();
  }

  /**
   * The name a corpus entity goes by: the most frequent name of its members, full names (two
   * words or more) before one-word names for people; ties go to the longer name, then to the
   * first in alphabetical order.
   */
  public static Optional<String> canonicalName(Collection<EntityRecord> members) {
    Map<String, Integer> counts = new TreeMap<>();
    boolean person = false;
    for (EntityRecord r : members) {
      r.name().filter(n -> !n.isBlank()).ifPresent(n -> counts.merge(n.strip(), 1, Integer::sum));
      person |= r.type() == EntityType.PERSON;
    }
    boolean preferFull = person && counts.keySet().stream().anyMatch(n -> n.contains(" "));
    Comparator<Map.Entry<String, Integer>> best = Comparator
        .comparing((Map.Entry<String, Integer> e) -> preferFull && e.getKey().contains(" "))
        .thenComparing(Map.Entry::getValue)
        .thenComparing(e -> e.getKey().length())
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
    return counts.entrySet().stream().max(best).map(Map.Entry::getKey);
  }

  /** What kinds of entity may be one: people only with people, places with facilities, ... */
  enum Kind {
    PERSON,
    ORGANIZATION,
    PLACE,
    NATIONALITY,
    EVENT_NAME,
    MISC,
    NEVER;

    static Kind of(EntityType type) {
      switch (type) {
        case PERSON:
          return PERSON;
        case ORGANIZATION:
          return ORGANIZATION;
        case LOCATION:
        case FACILITY:
          return PLACE;
        case NATIONALITY:
          return NATIONALITY;
        case EVENT_NAME:
          return EVENT_NAME;
        case MISC:
          return MISC;
        default:
          return NEVER;
      }
    }

    /** Kinds a Wikipedia link may join: a MISC or event name linked to a company's page is that company. */
    Kind linkFamily() {
      return this == MISC || this == EVENT_NAME ? ORGANIZATION : this;
    }
  }

  /** One resolution: the records in key order, a union-find over them, and the evidence of each union. */
  private static final class Run {

    private final EntityRecord[] records;
    private final String[] norms;
    private final Kind[] kinds;
    private final int[] parent;
    /** Per root: the one Wikipedia link and GeoNames entry of the cluster, and its kind family. */
    private final String[] links;
    private final Long[] places;
    private final Kind[] families;
    private final List<Evidence> evidence = new ArrayList<>();
    private final Map<String, String> normalised = new HashMap<>();
    private final Map<String, String> pool = new HashMap<>();

    Run(Collection<EntityRecord> input) {
      records = input.toArray(new EntityRecord[0]);
      Arrays.sort(records, Comparator.comparing(EntityRecord::key));
      for (int i = 1; i < records.length; i++) {
        if (records[i].key().equals(records[i - 1].key())) {
          throw new IllegalArgumentException("the same entity twice: " + records[i].key());
        }
      }
      int n = records.length;
      norms = new String[n];
      kinds = new Kind[n];
      parent = new int[n];
      links = new String[n];
      places = new Long[n];
      families = new Kind[n];
      for (int i = 0; i < n; i++) {
        EntityRecord r = records[i];
        parent[i] = i;
        kinds[i] = Kind.of(r.type());
        norms[i] = r.name().map(this::norm).orElse("");
        if (norms[i].isEmpty()) {
          kinds[i] = Kind.NEVER;
        }
        links[i] = r.wikipedia().orElse(null);
        places[i] = kinds[i] == Kind.PLACE ? r.geonameId().orElse(null) : null;
        families[i] = kinds[i].linkFamily();
      }
    }

    Resolution resolve() {
      byLink();
      byPlace();
      Map<String, List<Integer>> blocks = blocks();
      Map<String, List<Integer>> oneWord = new TreeMap<>();
      for (Map.Entry<String, List<Integer>> b : blocks.entrySet()) {
        int first = b.getValue().get(0);
        if (kinds[first] == Kind.PERSON && !norms[first].contains(" ")) {
          oneWord.put(b.getKey(), b.getValue());
        } else {
          byName(b.getValue());
        }
      }
      bySurname(oneWord);
      miscToOrganization(blocks);
      return result();
    }

    // ---- the rules

    private void byLink() {
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < records.length; i++) {
        if (kinds[i] == Kind.NEVER || records[i].wikipedia().isEmpty()) {
          continue;
        }
        String link = records[i].wikipedia().get();
        Integer j = first.putIfAbsent(families[i] + "\t" + link, i);
        if (j != null) {
          union(j, i, "same Wikipedia link " + link);
        }
      }
    }

    private void byPlace() {
      Map<Long, Integer> first = new HashMap<>();
      for (int i = 0; i < records.length; i++) {
        if (places[i] == null) {
          continue;
        }
        Integer j = first.putIfAbsent(places[i], i);
        if (j != null && find(j) != find(i)) {
          union(j, i, "same place geonames:" + places[i] + " ('" + records[i].name().orElse("") + "')");
        }
      }
    }

    /** Named records by kind and normalised name, each block in key order. */
    private Map<String, List<Integer>> blocks() {
      Map<String, List<Integer>> blocks = new HashMap<>();
      for (int i = 0; i < records.length; i++) {
        if (kinds[i] != Kind.NEVER) {
          blocks.computeIfAbsent(kinds[i] + "\t" + norms[i], k -> new ArrayList<>()).add(i);
        }
      }
      List<String> names = new ArrayList<>(blocks.keySet());
      names.sort(null);
      Map<String, List<Integer>> sorted = new LinkedHashMap<>();
      for (String n : names) {
        sorted.put(n, blocks.get(n));
      }
      return sorted;
    }

    /**
     * One name: every record joins the group of that name it shares the most evidence with, unless
     * links, places or (for people) contradicting descriptors keep them apart.
     */
    private void byName(List<Integer> block) {
      if (block.size() < 2) {
        return;
      }
      boolean person = kinds[block.get(0)] == Kind.PERSON;
      List<Group> groups = new ArrayList<>();
      Map<Integer, Group> groupOfRoot = new HashMap<>();
      for (int i : block) {
        Group own = groupOfRoot.get(find(i));
        if (own != null) {
          own.add(i);
          continue;
        }
        List<Group> candidates = new ArrayList<>(1);
        for (Group g : groups) {
          if (compatible(find(g.anchor), find(i))) {
            candidates.add(g);
          }
        }
        Group best = null;
        String shared = null;
        if (candidates.size() == 1 && !(person && candidates.get(0).contradicts(records[i].descriptors()))) {
          // the common case: one group of this name, nothing against it; the cheap evidence names the reason
          best = candidates.get(0);
          shared = best.sharedCheap(cheapFeatures(i));
        } else if (!candidates.isEmpty()) {
          // namesakes kept apart, or descriptors that contradict: weigh everything the articles say
          List<String> mine = features(i);
          int bestScore = -1;
          for (Group g : candidates) {
            int score = g.score(mine);
            if (person && score == 0 && g.contradicts(records[i].descriptors())) {
              continue;
            }
            if (score > bestScore) {
              best = g;
              bestScore = score;
            }
          }
          shared = best == null ? null : best.shared(mine);
        }
        if (best == null) {
          Group g = new Group(i);
          g.add(i);
          groups.add(g);
          groupOfRoot.put(find(i), g);
        } else {
          String name = records[i].name().orElse("");
          union(best.anchor, i, "same name '" + name + "'" + (shared == null ? "" : ", " + shared));
          best.add(i);
          groupOfRoot.put(find(i), best);
        }
      }
    }

    /** One-word person names: into the only full name ending in that word, with evidence. */
    private void bySurname(Map<String, List<Integer>> oneWord) {
      if (oneWord.isEmpty()) {
        return;
      }
      Set<String> wanted = new HashSet<>();
      for (String key : oneWord.keySet()) {
        wanted.add(key.substring(key.indexOf('\t') + 1));
      }
      // the full-name clusters of people by last word and by one-word alias, and their evidence
      Map<String, Set<Integer>> clustersByWord = new HashMap<>();
      Map<Integer, Group> evidenceOf = new HashMap<>();
      for (int i = 0; i < records.length; i++) {
        if (kinds[i] != Kind.PERSON || !norms[i].contains(" ")) {
          continue;
        }
        Set<String> words = new HashSet<>();
        words.add(Names.lastWord(norms[i]));
        for (String alias : records[i].aliases()) {
          String a = norm(alias);
          if (!a.isEmpty() && !a.contains(" ")) {
            words.add(a);
          }
        }
        words.retainAll(wanted);
        if (words.isEmpty()) {
          continue;
        }
        int root = find(i);
        int member = i;
        for (String w : words) {
          clustersByWord.computeIfAbsent(w, k -> new HashSet<>()).add(root);
        }
        evidenceOf.computeIfAbsent(root, r -> new Group(member)).members.add(member);
      }
      for (Map.Entry<String, List<Integer>> b : oneWord.entrySet()) {
        String word = b.getKey().substring(b.getKey().indexOf('\t') + 1);
        Set<Integer> candidates = clustersByWord.getOrDefault(word, Set.of());
        List<Integer> alone = new ArrayList<>();
        for (int i : b.getValue()) {
          if (norms[find(i)].contains(" ")) {
            continue; // already part of a full name (a link said so)
          }
          Map<Integer, Integer> fitting = new TreeMap<>(); // current root -> candidate
          for (int c : candidates) {
            if (compatible(find(c), find(i))) {
              fitting.putIfAbsent(find(c), c);
            }
          }
          if (fitting.size() == 1) {
            Group g = evidenceOf.get(fitting.values().iterator().next());
            String shared = g.shared(features(i));
            if (shared != null) {
              List<EntityRecord> members = new ArrayList<>();
              g.members.forEach(m -> members.add(records[m]));
              String full = canonicalName(members).orElse("");
              String how = Names.lastWord(norm(full)).equals(word) ? "the surname" : "a short name";
              union(g.anchor, i, "'" + records[i].name().orElse("") + "' is " + how + " of the only '" + full + "', "
                  + shared);
              continue;
            }
          }
          if (candidates.isEmpty()) {
            alone.add(i);
          }
        }
        // a one-word name with no full name to join: with the same word, on shared evidence only
        List<Group> groups = new ArrayList<>();
        for (int i : alone) {
          boolean joined = false;
          for (Group g : groups) {
            String shared = g.shared(features(i));
            if (shared != null && compatible(find(g.anchor), find(i))) {
              union(g.anchor, i, "same name '" + records[i].name().orElse("") + "', " + shared);
              g.add(i);
              joined = true;
              break;
            }
          }
          if (!joined) {
            Group g = new Group(i);
            g.add(i);
            groups.add(g);
          }
        }
      }
    }

    /** A MISC name that is also the name of exactly one organisation sharing evidence with it. */
    private void miscToOrganization(Map<String, List<Integer>> blocks) {
      for (Map.Entry<String, List<Integer>> b : blocks.entrySet()) {
        if (!b.getKey().startsWith(Kind.MISC + "\t")) {
          continue;
        }
        List<Integer> orgs = blocks.get(Kind.ORGANIZATION + "\t" + b.getKey().substring(b.getKey().indexOf('\t') + 1));
        if (orgs == null) {
          continue;
        }
        Map<Integer, Group> orgClusters = new LinkedHashMap<>();
        for (int o : orgs) {
          orgClusters.computeIfAbsent(find(o), r -> new Group(o)).add(o);
        }
        if (orgClusters.size() != 1) {
          continue;
        }
        Group org = orgClusters.values().iterator().next();
        for (int i : b.getValue()) {
          String shared = org.shared(features(i));
          if (shared != null && find(i) != find(org.anchor) && compatible(find(org.anchor), find(i))) {
            union(org.anchor, i, "same name '" + records[i].name().orElse("") + "' as an organisation, " + shared);
          }
        }
      }
    }

    // ---- evidence

    /** The evidence of a record that costs little to compare: its descriptors and affiliations. */
    private List<String> cheapFeatures(int i) {
      EntityRecord r = records[i];
      if (r.descriptors().isEmpty() && r.affiliations().isEmpty()) {
        return List.of();
      }
      Set<String> out = new LinkedHashSet<>();
      for (String d : r.descriptors()) {
        out.add(intern("descriptor '" + d.strip().toLowerCase(Locale.ROOT) + "'"));
      }
      for (String a : r.affiliations()) {
        int colon = a.indexOf(':');
        out.add(intern("affiliation " + a.substring(0, colon + 1) + "'" + norm(a.substring(colon + 1)) + "'"));
      }
      return new ArrayList<>(out);
    }

    /** All the comparable evidence of a record: descriptors, affiliations, co-occurring names. */
    private List<String> features(int i) {
      List<String> out = new ArrayList<>(cheapFeatures(i));
      Set<String> seen = new HashSet<>(out);
      for (String c : records[i].cooccurring()) {
        String n = norm(c);
        if (!n.isEmpty() && !n.equals(norms[i])) {
          String f = intern("co-occurring '" + n + "'");
          if (seen.add(f)) {
            out.add(f);
          }
        }
      }
      return out;
    }

    private String intern(String feature) {
      String known = pool.putIfAbsent(feature, feature);
      return known == null ? feature : known;
    }

    /**
     * The evidence of a group of records of one name: descriptors and affiliations always, the
     * co-occurring names only once a decision needs them (most blocks never do).
     */
    private final class Group {
      final int anchor;
      final List<Integer> members = new ArrayList<>();
      final Set<String> cheap = new HashSet<>();
      final Set<String> descriptors = new HashSet<>();
      Set<String> all;

      Group(int anchor) {
        this.anchor = anchor;
      }

      void add(int i) {
        members.add(i);
        cheap.addAll(cheapFeatures(i));
        for (String d : records[i].descriptors()) {
          descriptors.add(d.strip().toLowerCase(Locale.ROOT));
        }
        if (all != null) {
          all.addAll(features(i));
        }
      }

      private Set<String> all() {
        if (all == null) {
          all = new HashSet<>();
          for (int m : members) {
            all.addAll(features(m));
          }
        }
        return all;
      }

      int score(List<String> of) {
        Set<String> mine = all();
        int s = 0;
        for (String f : of) {
          if (mine.contains(f)) {
            s += f.startsWith("co-occurring") ? 1 : 3;
          }
        }
        return s;
      }

      /** The strongest shared piece of all the evidence, as words; null when nothing is shared. */
      String shared(List<String> of) {
        return strongest(all(), of);
      }

      /** The strongest shared descriptor or affiliation, as words; null when none is shared. */
      String sharedCheap(List<String> of) {
        return strongest(cheap, of);
      }

      private String strongest(Set<String> mine, List<String> of) {
        String best = null;
        for (String f : of) {
          if (mine.contains(f) && (best == null || rank(f) < rank(best))) {
            best = f;
          }
        }
        return best == null ? null : "shared " + best;
      }

      /** Both have descriptors and none in common. */
      boolean contradicts(List<String> roles) {
        if (descriptors.isEmpty() || roles.isEmpty()) {
          return false;
        }
        for (String d : roles) {
          if (descriptors.contains(d.strip().toLowerCase(Locale.ROOT))) {
            return false;
          }
        }
        return true;
      }
    }

    private static int rank(String feature) {
      return feature.startsWith("descriptor") ? 0 : feature.startsWith("affiliation") ? 1 : 2;
    }

    // ---- union-find

    private int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Whether two clusters may be one: the same kind, no two different links or places. */
    private boolean compatible(int ra, int rb) {
      if (ra == rb) {
        return true;
      }
      if (families[ra] != families[rb]) {
        return false;
      }
      if (links[ra] != null && links[rb] != null && !links[ra].equals(links[rb])) {
        return false;
      }
      return places[ra] == null || places[rb] == null || places[ra].equals(places[rb]);
    }

    private void union(int a, int b, String reason) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb || !compatible(ra, rb)) {
        return;
      }
      int root = Math.min(ra, rb);
      int child = Math.max(ra, rb);
      parent[child] = root;
      if (links[root] == null) {
        links[root] = links[child];
      }
      if (places[root] == null) {
        places[root] = places[child];
      }
      evidence.add(new Evidence(records[a].key(), records[b].key(), reason));
    }

    private String norm(String name) {
      return normalised.computeIfAbsent(name, Names::normalise);
    }

    // ---- the answer

    private Resolution result() {
      Map<EntityKey, String> ids = new HashMap<>(records.length * 2);
      Map<Integer, String> idOfRoot = new HashMap<>();
      Set<String> taken = new HashSet<>();
      for (int i = 0; i < records.length; i++) {
        int root = find(i);
        String id = idOfRoot.get(root);
        if (id == null) {
          // the root is the cluster's smallest key: records are in key order and the smaller root wins
          id = corpusId(records[root].key(), taken);
          idOfRoot.put(root, id);
        }
        ids.put(records[i].key(), id);
      }
      List<Evidence> sorted = new ArrayList<>(evidence);
      sorted.sort(Comparator.comparing(Evidence::a).thenComparing(Evidence::b).thenComparing(Evidence::reason));
      return new Resolution(ids, sorted);
    }

    private static String corpusId(EntityKey smallest, Set<String> taken) {
      String seed = smallest.toString();
      String id = "C" + hash(seed);
      for (int n = 2; !taken.add(id); n++) {
        id = "C" + hash(seed + "#" + n);
      }
      return id;
    }
  }

  /** The first 16 hex digits of the SHA-256 of {@code text}. */
  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder s = new StringBuilder(16);
      for (int i = 0; i < 8; i++) {
        s.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
      }
      return s.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
