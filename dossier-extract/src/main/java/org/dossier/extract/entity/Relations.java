package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.caseOf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.extract.lexicon.EnglishLexicon;
import org.dossier.extract.place.Gazetteer;
import org.dossier.extract.entity.Reading.Fact;

/**
 * Places facilities in their cities and reads the place, prison and part-of relations between
 * clusters.
 */
final class Relations {

  private static final Set<String> LOCATIVE = Set.of("in", "at", "near");
  private static final Set<String> HELD = EnglishLexicon.get().custody();

  private final Reading r;

  Relations(Reading r) {
    this.r = r;
  }

  /**
   * A facility is placed in its city where a gazetteer says so ("Adiala Jail"), where its name
   * starts with the city's ("Islamabad International Airport"), or where the text puts it there
   * ("the jail in Rawalpindi").
   */
  void placeFacilities() {
    for (Cluster c : r.clusters) {
      if (c.merged || c.type != EntityType.FACILITY || c.place != null) {
        continue;
      }
      for (Mention n : c.names()) {
        Optional<Gazetteer.Entry> city = r.gazetteer.facility(r.text(n));
        Sentence s = r.sentences.get(n.sentence());
        for (int k = n.last(); city.isEmpty() && k > n.first(); k--) {
          String prefix = s.span(n.first(), k - 1).of(r.body());
          city = r.gazetteer.resolve(prefix, r.contextCountries).filter(e -> e.kind() == Gazetteer.Kind.CITY);
        }
        for (Dependency d : s.dependentsOf(n.head())) {
          if (city.isEmpty() && d.baseRelation().equals("nmod") && LOCATIVE.contains(caseOf(s, d.dependent()))) {
            Optional<Mention> loc = r.nameCovering(s.index(), d.dependent());
            if (loc.isPresent() && r.places.containsKey(loc.get())) {
              city = Optional.of(r.places.get(loc.get()));
            }
          }
        }
        if (city.isPresent()) {
          c.place = city.get();
          break;
        }
      }
    }
  }

  /** A place lies in the country or province of the article that the gazetteer puts it in. */
  void locatedIn() {
    for (Cluster a : r.clusters) {
      if (a.merged || a.place == null || (a.type != EntityType.LOCATION && a.type != EntityType.FACILITY)) {
        continue;
      }
      for (Cluster b : r.clusters) {
        if (b == a || b.merged || b.place == null || b.type != EntityType.LOCATION) {
          continue;
        }
        Gazetteer.Entry pa = a.place;
        Gazetteer.Entry pb = b.place;
        boolean inCountry = pb.kind() == Gazetteer.Kind.COUNTRY && pa.kind() != Gazetteer.Kind.COUNTRY
            && pa.country().equals(pb.country());
        boolean inProvince = pb.kind() == Gazetteer.Kind.PROVINCE && pa.kind() == Gazetteer.Kind.CITY
            && pa.country().equals(pb.country()) && pa.province().equals(pb.name());
        boolean inCity = pb.kind() == Gazetteer.Kind.CITY && a.type == EntityType.FACILITY
            && pa.geonameId() == pb.geonameId();
        if (inCountry || inProvince || inCity) {
          r.facts.add(new Fact(a, "located_in", b, a.mentions.get(0).span()));
        }
      }
    }
  }

  /** A jailed or detained person and the prison the article places him at: {@code held_in}. */
  void heldIn() {
    for (Cluster p : r.clusters) {
      if (p.merged || p.type != EntityType.PERSON || p.descriptors.stream().noneMatch(
          d -> d.qualifiers().stream().anyMatch(q -> HELD.contains(q)))) {
        continue;
      }
      for (Cluster f : r.clusters) {
        if (f.merged || f.type != EntityType.FACILITY || !"prison".equals(f.subtype)) {
          continue;
        }
        for (Mention fm : f.mentions) {
          boolean together = p.mentions.stream().anyMatch(x -> x.sentence() == fm.sentence());
          if (together) {
            r.facts.add(new Fact(p, "held_in", f, r.sentences.get(fm.sentence()).span()));
            break;
          }
        }
      }
    }
  }

  /**
   * "PTI America chapter" is part of "PTI": an organisation named by another's name and more.
   * The other is looked up by each word-boundary prefix of the longer name, not by comparing every
   * pair of organisations (quadratic in a long article).
   */
  void partsOf() {
    List<Cluster> organisations = r.clusters.stream()
        .filter(c -> !c.merged && c.type == EntityType.ORGANIZATION && c.isNamed()).toList();
    Map<Cluster, Mention> longest = new HashMap<>();
    Map<String, List<Cluster>> byName = new HashMap<>();
    for (Cluster c : organisations) {
      Mention n = r.longestName(c);
      longest.put(c, n);
      byName.computeIfAbsent(r.text(n), k -> new ArrayList<>()).add(c);
    }
    Map<Cluster, Integer> order = new HashMap<>();
    organisations.forEach(c -> order.put(c, order.size()));
    for (Cluster a : organisations) {
      Mention an = longest.get(a);
      String name = r.text(an);
      List<Cluster> wholes = new ArrayList<>();
      for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
        for (Cluster b : byName.getOrDefault(name.substring(0, space), List.of())) {
          if (b != a) {
            wholes.add(b);
          }
        }
      }
      wholes.sort(Comparator.comparingInt(order::get));
      for (Cluster b : wholes) {
        r.facts.add(new Fact(a, "part_of", b, an.span()));
      }
    }
  }
}
