package org.dossier.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.resolve.EntityKey;
import org.dossier.resolve.EntityRecord;
import org.dossier.resolve.EventRecord;
import org.dossier.resolve.Evidence;
import org.dossier.resolve.Resolution;
import org.dossier.resolve.Story;

/**
 * A stand-in for cross-article resolution, so that the store's queries are tested on their own:
 * entities with the same Wikipedia link or the same normalised name are one; a name that is the
 * last word of a known full name joins it ("Reyes" joins "Tomas Reyes"). Events of one type with
 * the same resolved participants are one story.
 */
final class FakeResolution {

  private FakeResolution() {}

  static Resolution resolve(Collection<EntityRecord> records) {
    Map<String, String> fullNames = new HashMap<>();
    for (EntityRecord r : records) {
      r.name().ifPresent(n -> {
        String[] words = Names.normalise(n).split(" ");
        if (words.length > 1) {
          fullNames.putIfAbsent(words[words.length - 1], Names.normalise(n));
        }
      });
    }
    Map<EntityKey, String> ids = new TreeMap<>();
    Map<String, List<EntityKey>> clusters = new TreeMap<>();
    for (EntityRecord r : records) {
      String id = r.wikipedia().map(w -> "W:" + w).orElseGet(() -> r.name()
          .map(n -> "N:" + fullNames.getOrDefault(Names.normalise(n), Names.normalise(n)).replace(' ', '_'))
          .orElse("U:" + r.key()));
      ids.put(r.key(), id);
      clusters.computeIfAbsent(id, k -> new ArrayList<>()).add(r.key());
    }
    List<Evidence> evidence = new ArrayList<>();
    clusters.forEach((id, keys) -> {
      for (int i = 1; i < keys.size(); i++) {
        evidence.add(new Evidence(keys.get(0), keys.get(i), "same key " + id));
      }
    });
    return new Resolution(ids, evidence);
  }

  static List<Story> group(Collection<EventRecord> events, Resolution resolution) {
    Map<String, List<EventRecord>> groups = new TreeMap<>();
    for (EventRecord e : events) {
      TreeSet<String> parties = new TreeSet<>();
      e.participants().forEach(p -> parties.add(resolution.corpusId(p.entity())));
      groups.computeIfAbsent(e.type() + "|" + parties, k -> new ArrayList<>()).add(e);
    }
    List<Story> stories = new ArrayList<>();
    groups.forEach((key, list) -> {
      list.sort(java.util.Comparator.comparing(EventRecord::articleId).thenComparing(EventRecord::eventId));
      List<Story.EventKey> reports = list.stream().map(e -> new Story.EventKey(e.articleId(), e.eventId())).sorted(
          java.util.Comparator.comparing(Story.EventKey::articleId).thenComparing(Story.EventKey::eventId)).toList();
      List<Story.Conflict> conflicts = new ArrayList<>();
      for (int i = 1; i < list.size(); i++) {
        if (!list.get(i).articleDate().equals(list.get(0).articleDate())) {
          conflicts.add(new Story.Conflict("date", reports.get(0), list.get(0).articleDate().toString(), reports.get(i),
              list.get(i).articleDate().toString()));
        }
      }
      stories.add(new Story("S:" + key, list.get(0).type(), reports, conflicts));
    });
    return stories;
  }
}
