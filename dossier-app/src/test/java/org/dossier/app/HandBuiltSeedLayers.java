package org.dossier.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Ids.TimeId;
import org.dossier.analysis.TimeExpression;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.text.Span;

/**
 * The entities and times of the reference article as an analyst marks them by hand, so that the
 * event and attribution stages can be tested on their own, whatever the entity and time stages
 * find.
 */
final class HandBuiltSeedLayers {

  private HandBuiltSeedLayers() {}

  static EntityLayer entities(String body) {
    List<Entity> out = new ArrayList<>();
    add(out, body, EntityType.PERSON, "Imran Khan", "Imran Khan", "Khan(?! [A-Z])(?<!Atif Khan)", "\\bhe\\b", "\\bhis\\b");
    add(out, body, EntityType.PERSON, null, "a US-based Pakistani");
    add(out, body, EntityType.GROUP, null, "a group of American Pakistanis", "The American Pakistanis",
        "the recent delegation from the United States", "the American Pakistani group", "\\bThey\\b");
    add(out, body, EntityType.GROUP, null, "three senior leaders from Khyber Pakhtunkhwa");
    add(out, body, EntityType.PERSON, null, "a key individual");
    add(out, body, EntityType.PERSON, "Bushra Bibi", "Bushra Bibi", "\\bher\\b");
    add(out, body, EntityType.ORGANIZATION, "PTI", "PTI(?! America)");
    add(out, body, EntityType.ORGANIZATION, null, "the government");
    add(out, body, EntityType.ORGANIZATION, null, "the establishment");
    add(out, body, EntityType.LOCATION, "Islamabad", "Islamabad(?! Long)");
    add(out, body, EntityType.FACILITY, "Adiala Jail", "Adiala Jail");
    add(out, body, EntityType.LOCATION, "Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa");
    add(out, body, EntityType.ORGANIZATION, null, "a local newspaper");
    add(out, body, EntityType.GROUP, null, "Highly placed sources", "Sources", "insiders");
    return new EntityLayer(out);
  }

  private static void add(List<Entity> out, String body, EntityType type, String name, String... patterns) {
    List<Span> mentions = new ArrayList<>();
    for (String pattern : patterns) {
      var m = java.util.regex.Pattern.compile(pattern).matcher(body);
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        if (out.stream().flatMap(e -> e.mentions().stream()).noneMatch(x -> x.overlaps(s))
            && mentions.stream().noneMatch(x -> x.overlaps(s))) {
          mentions.add(s);
        }
      }
    }
    mentions.sort(null);
    out.add(new Entity(EntityId.of(out.size() + 1), type, Optional.ofNullable(name), Optional.empty(), List.of(),
        mentions, List.of(), Optional.empty(), Optional.empty()));
  }

  static List<TimeExpression> times(String body) {
    List<TimeExpression> out = new ArrayList<>();
    time(out, body, "November last year", TimeExpression.Type.DATE, "2024-11", LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30));
    time(out, body, "now", TimeExpression.Type.DATE, "PRESENT_REF", null, null);
    time(out, body, "the third week of March", TimeExpression.Type.DATE, "2025-W12", LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 21));
    time(out, body, "for over two decades", TimeExpression.Type.DURATION, "P20Y", null, null);
    time(out, body, "November,", TimeExpression.Type.DATE, "2024-11", LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30));
    time(out, body, "At that time", TimeExpression.Type.DATE, "2024-11", LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30));
    out.sort((a, b) -> a.span().compareTo(b.span()));
    List<TimeExpression> numbered = new ArrayList<>();
    for (TimeExpression t : out) {
      numbered.add(new TimeExpression(TimeId.of(numbered.size() + 1), t.span(), t.type(), t.value(), t.mod(), t.anchor(),
          t.interval(), t.granularity()));
    }
    return numbered;
  }

  private static void time(List<TimeExpression> out, String body, String words, TimeExpression.Type type, String value,
      LocalDate first, LocalDate last) {
    int from = 0;
    int at;
    while ((at = body.indexOf(words, from)) >= 0) {
      int end = at + (words.endsWith(",") ? words.length() - 1 : words.length());
      out.add(new TimeExpression(TimeId.of(1), new Span(at, end), type, value, Optional.empty(),
          TimeExpression.Anchor.DCT,
          first == null ? Optional.empty() : Optional.of(new TimeExpression.Interval(first, last)), Optional.empty()));
      from = end;
      if (!words.equals("now")) {
        break;
      }
    }
  }
}
