package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.EntityType;
import org.dossier.extract.place.Gazetteer;

/** An entity while the article is being read: its mentions so far and what is known of it. */
final class Cluster {

  EntityType type;
  String subtype;
  final List<Mention> mentions = new ArrayList<>();
  final List<Descriptor> descriptors = new ArrayList<>();
  Lexicon.Gender gender = Lexicon.Gender.UNKNOWN;
  /**
   * The usual gender of a lone name that may be a first name or a surname ("Lindsay"): a
   * preference for pronoun resolution, not a constraint.
   */
  Lexicon.Gender likelyGender = Lexicon.Gender.UNKNOWN;
  /** For groups: the demonyms and head that identify them ("american pakistani"). */
  String key;
  /** For groups: the country their members are from, when the text says. */
  String origin;
  Gazetteer.Entry place;
  boolean merged;

  Cluster(EntityType type) {
    this.type = type;
  }

  List<Mention> names() {
    return mentions.stream().filter(m -> m.kind() == Mention.Kind.NAME).toList();
  }

  boolean isNamed() {
    return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.NAME);
  }

  int firstStart() {
    return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(Integer.MAX_VALUE);
  }

  void absorb(Cluster other) {
    mentions.addAll(other.mentions);
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    descriptors.addAll(other.descriptors);
    if (gender == Lexicon.Gender.UNKNOWN) {
      gender = other.gender;
    }
    if (likelyGender == Lexicon.Gender.UNKNOWN) {
      likelyGender = other.likelyGender;
    }
    if (place == null) {
      place = other.place;
    }
    if (subtype == null) {
      subtype = other.subtype;
    }
    other.merged = true;
  }
}
