package org.dossier.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.analysis.Event;
import org.dossier.resolve.Story.Conflict;
import org.dossier.resolve.Story.EventKey;

/**
 * Groups reported events into stories. Deterministic and independent of input order.
 *
 * <p>Two reports in different articles tell of one happening when they have the same PLOVER type
 * (never OTHER), share a participant by corpus id in roles that agree (a source is not the other
 * report's target), and their times agree: the days their times cover overlap, or, for a report
 * with no time, the few days before its article's date stand in for it. Reports whose times are
 * both known but disjoint by at most a week, in articles at most {@value #NEWS_CYCLE_DAYS} days
 * apart, or on days next to each other whatever the articles' dates, still match, and the story
 * carries a date conflict. Every event is in exactly one story;
 * a report that matches none is a story of one.
 */
public final class Stories {

  /** How many days before its article a report without a time may have happened. */
  static final int NEWS_CYCLE_DAYS = 3;

  /** How far apart two known times of one happening may lie, in one news cycle (and be flagged as a conflict). */
  static final int DATE_CONFLICT_DAYS = 7;

  /** Days next to each other are one happening told with a slip of a day, however far apart the articles. */
  static final int ADJACENT_DAYS = 1;

  private Stories() {}

  /** The stories of {@code events}, whose participants are resolved by {@code resolution}. */
  public static List<Story> group(Collection<EventRecord> events, Resolution resolution) {
    EventRecord[] reports = events.toArray(new EventRecord[0]);
    Arrays.sort(reports, Comparator.comparing(EventRecord::articleId).thenComparing(EventRecord::eventId));
    int n = reports.length;
    Report[] r = new Report[n];
    for (int i = 0; i < n; i++) {
      if (i > 0 && reports[i].articleId().equals(reports[i - 1].articleId())
          && reports[i].eventId().equals(reports[i - 1].eventId())) {
        throw new IllegalArgumentException("the same event twice: " + reports[i].articleId() + "#" + reports[i].eventId());
      }
      r[i] = new Report(reports[i], resolution);
    }
    // blocks: one type and one participant; each block in the order of its reports' first day
    Map<String, List<Integer>> blocks = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (reports[i].type() == Event.Type.OTHER || r[i].first == null) {
        continue;
      }
      for (String who : r[i].roles.keySet()) {
        blocks.computeIfAbsent(reports[i].type() + "\t" + who, k -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Set<Long> seen = new HashSet<>();
    Map<Integer, List<Conflict>> conflicts = new TreeMap<>();
    for (List<Integer> block : blocks.values()) {
      block.sort(Comparator.comparing((Integer i) -> r[i].first).thenComparing(i -> i));
      for (int x = 0; x < block.size(); x++) {
        int i = block.get(x);
        LocalDate reach = r[i].last.plusDays(DATE_CONFLICT_DAYS);
        for (int y = x + 1; y < block.size() && !r[block.get(y)].first.isAfter(reach); y++) {
          int j = block.get(y);
          int a = Math.min(i, j);
          int b = Math.max(i, j);
          if (reports[a].articleId().equals(reports[b].articleId()) || !seen.add((long) a * n + b)) {
            continue;
          }
          List<Conflict> found = new ArrayList<>();
          if (matches(r[a], r[b], found)) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
            if (!found.isEmpty()) {
              conflicts.computeIfAbsent(a, k -> new ArrayList<>()).addAll(found);
            }
          }
        }
      }
    }
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<Conflict>> conflictsOfStory = new TreeMap<>();
    conflicts.forEach((a, list) -> conflictsOfStory.computeIfAbsent(find(parent, a), k -> new ArrayList<>()).addAll(list));
    List<Story> stories = new ArrayList<>(members.size());
    for (Map.Entry<Integer, List<Integer>> m : members.entrySet()) {
      List<EventKey> keys = m.getValue().stream().map(i -> r[i].key).toList();
      List<Conflict> c = new ArrayList<>(conflictsOfStory.getOrDefault(m.getKey(), List.of()));
      c.sort(Comparator.comparing(Conflict::on).thenComparing(x -> x.a().articleId()).thenComparing(x -> x.a().eventId())
          .thenComparing(x -> x.b().articleId()).thenComparing(x -> x.b().eventId()));
      EventKey first = keys.get(0);
      String id = "S" + CorpusResolver.hash(first.articleId() + "#" + first.eventId());
      stories.add(new Story(id, reports[m.getKey()].type(), keys, c));
    }
    return List.copyOf(stories);
  }

  /** Whether two reports (in key order) tell of one happening; the conflicts between them go to {@code conflicts}. */
  private static boolean matches(Report a, Report b, List<Conflict> conflicts) {
    boolean shared = false;
    for (Map.Entry<String, Event.Role> p : a.roles.entrySet()) {
      Event.Role other = b.roles.get(p.getKey());
      if (other == null) {
        continue;
      }
      if (p.getValue() != other && p.getValue() != Event.Role.OTHER && other != Event.Role.OTHER) {
        return false; // one's source is the other's target
      }
      shared = true;
    }
    if (!shared) {
      return false;
    }
    boolean overlap = !a.first.isAfter(b.last) && !b.first.isAfter(a.last);
    if (!overlap) {
      boolean bothKnown = a.timed && b.timed;
      long gap = a.last.isBefore(b.first) ? ChronoUnit.DAYS.between(a.last, b.first) : ChronoUnit.DAYS.between(b.last, a.first);
      boolean sameCycle = a.record.articleDate().isPresent() && b.record.articleDate().isPresent()
          && Math.abs(ChronoUnit.DAYS.between(a.record.articleDate().get(), b.record.articleDate().get())) <= NEWS_CYCLE_DAYS;
      if (!(bothKnown && (gap <= ADJACENT_DAYS || gap <= DATE_CONFLICT_DAYS && sameCycle))) {
        return false;
      }
      conflicts.add(new Conflict("date", a.key, a.when(), b.key, b.when()));
    }
    if (a.record.polarity() != b.record.polarity()) {
      conflicts.add(new Conflict("polarity", a.key, a.record.polarity().json(), b.key, b.record.polarity().json()));
    }
    if (!a.sources.isEmpty() && !a.targets.isEmpty() && !b.targets.isEmpty()
        && a.sources.stream().anyMatch(b.sources::contains) && a.targets.stream().noneMatch(b.targets::contains)) {
      conflicts.add(new Conflict("participants", a.key, "target " + String.join(", ", a.targets), b.key,
          "target " + String.join(", ", b.targets)));
    }
    return true;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** One report as grouping sees it: its participants by corpus id and the days it may have happened on. */
  private static final class Report {
    final EventRecord record;
    final EventKey key;
    final Map<String, Event.Role> roles = new TreeMap<>();
    final Set<String> sources = new TreeSet<>();
    final Set<String> targets = new TreeSet<>();
    final boolean timed;
    final LocalDate first;
    final LocalDate last;

    Report(EventRecord record, Resolution resolution) {
      this.record = record;
      this.key = new EventKey(record.articleId(), record.eventId());
      for (EventRecord.Participant p : record.participants()) {
        String id = resolution.corpusId(p.entity());
        Event.Role before = roles.get(id);
        // one entity in two roles of one event counts in the more specific one
        if (before == null || before == Event.Role.OTHER) {
          roles.put(id, p.role());
        }
        if (p.role() == Event.Role.SOURCE) {
          sources.add(id);
        } else if (p.role() == Event.Role.TARGET) {
          targets.add(id);
        }
      }
      timed = record.timeStart().isPresent() && record.timeEnd().isPresent();
      if (timed) {
        first = record.timeStart().get();
        last = record.timeEnd().get();
      } else if (record.articleDate().isPresent()) {
        last = record.articleDate().get();
        first = last.minusDays(NEWS_CYCLE_DAYS);
      } else {
        first = null;
        last = null;
      }
    }

    String when() {
      return record.timeValue().orElse(first + ".." + last);
    }
  }
}
