package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Ids.EventId;
import org.dossier.analysis.Ids.TimeId;
import org.dossier.analysis.Link;
import org.dossier.analysis.Place;
import org.dossier.analysis.Relation;
import org.dossier.analysis.TimeExpression;
import org.dossier.text.Article;
import org.dossier.text.Problem;
import org.dossier.text.Span;

/** Invented articles, analysed by hand: people, places and parties that do not exist. */
final class Fixtures {

  private Fixtures() {}

  static final String BODY_1 = "Former finance minister Amina Okafor met Governor Tomas Reyes in Port Alder on Monday. "
      + "Okafor, a member of the Northern Party, promised new funding for the harbour, according to officials. "
      + "Reportedly, the talks will continue in May.";

  static final String BODY_2 = "Amina Okafor rejected the harbour budget plan, the Northern Party said on Friday. "
      + "Okafor criticised Governor Reyes.";

  static final String BODY_3 = "Floods hit the river valley near Port Alder, cutting the harbour road.";

  /** Spring talks in Port Alder: two people, a place, a party; a meeting and a promise. */
  static Analysis talks() {
    String b = BODY_1;
    Article article = new Article("herald-1", Optional.of(LocalDate.of(2025, 4, 14)), Optional.of("Okafor meets Reyes"),
        Optional.of("Lakeland Herald"), Optional.of("https://herald.example/1"), b);
    Entity okafor = new Entity(e(1), EntityType.PERSON, Optional.of("Amina Okafor"), Optional.empty(), List.of("Okafor"),
        List.of(span(b, "Amina Okafor"), span(b, "Okafor", "Okafor,")), List.of(new Descriptor(span(b, "Former finance minister"),
            "finance minister", List.of("former"))), Optional.of(new Link("wikipedia", "Amina_Okafor", 0.9)), Optional.empty());
    Entity reyes = new Entity(e(2), EntityType.PERSON, Optional.of("Tomas Reyes"), Optional.empty(), List.of(),
        List.of(span(b, "Tomas Reyes")), List.of(new Descriptor(span(b, "Governor"), "governor", List.of())),
        Optional.empty(), Optional.empty());
    Entity alder = new Entity(e(3), EntityType.LOCATION, Optional.of("Port Alder"), Optional.of("city"), List.of(),
        List.of(span(b, "Port Alder")), List.of(), Optional.empty(),
        Optional.of(new Place(4_242_001, 12.5, -45.25, "LK", Optional.of("Coast"))));
    Entity party = new Entity(e(4), EntityType.ORGANIZATION, Optional.of("Northern Party"), Optional.empty(), List.of(),
        List.of(span(b, "Northern Party")), List.of(), Optional.empty(), Optional.empty());
    TimeExpression monday = new TimeExpression(new TimeId("T1"), span(b, "Monday"), TimeExpression.Type.DATE, "2025-04-14",
        Optional.empty(), TimeExpression.Anchor.DCT,
        Optional.of(new TimeExpression.Interval(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 14))),
        Optional.of(TimeExpression.Granularity.DAY));
    TimeExpression may = new TimeExpression(new TimeId("T2"), span(b, "May"), TimeExpression.Type.DATE, "2025-05",
        Optional.empty(), TimeExpression.Anchor.DCT,
        Optional.of(new TimeExpression.Interval(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31))),
        Optional.of(TimeExpression.Granularity.MONTH));
    Attribution officials = new Attribution(new AttributionId("A1"), Attribution.Kind.ANONYMOUS_SOURCE,
        span(b, "according to"), Optional.of(span(b, "officials")), Optional.empty(),
        span(b, "Okafor, a member of the Northern Party, promised new funding for the harbour"));
    Attribution reportedly = new Attribution(new AttributionId("A2"), Attribution.Kind.HEDGE, span(b, "Reportedly"),
        Optional.empty(), Optional.empty(), span(b, "the talks will continue in May"));
    Event met = new Event(new EventId("V1"), Event.Type.CONSULT, span(b, "met"),
        List.of(new Event.Participant(e(1), Event.Role.SOURCE), new Event.Participant(e(2), Event.Role.TARGET)),
        Optional.of(new TimeId("T1")), Event.TimeSource.EXPLICIT, Optional.of(e(3)), Optional.empty(),
        Event.Polarity.POSITIVE, Event.Modality.ASSERTED, 0);
    Event promised = new Event(new EventId("V2"), Event.Type.ASSURE, span(b, "promised"),
        List.of(new Event.Participant(e(1), Event.Role.SOURCE)), Optional.empty(), Event.TimeSource.DCT, Optional.empty(),
        Optional.of(new AttributionId("A1")), Event.Polarity.POSITIVE, Event.Modality.ASSERTED, 1);
    Relation member = new Relation(e(1), "member_of", e(4), span(b, "a member of the Northern Party"));
    return new Analysis(article, List.of(new Span(0, 87)), List.of(okafor, reyes, alder, party), List.of(monday, may),
        List.of(met, promised), List.of(officials, reportedly), List.of(member), List.of());
  }

  /** Weeks later, in another outlet: Okafor rejects the plan (says the party) and criticises Reyes. */
  static Analysis rejection() {
    String b = BODY_2;
    Article article = new Article("times-7", Optional.of(LocalDate.of(2025, 5, 2)), Optional.of("Okafor rejects harbour plan"),
        Optional.of("Coastal Times"), Optional.empty(), b);
    Entity okafor = new Entity(e(1), EntityType.PERSON, Optional.of("Amina Okafor"), Optional.empty(), List.of("Okafor"),
        List.of(span(b, "Amina Okafor"), span(b, "Okafor", "Okafor criticised")),
        List.of(), Optional.of(new Link("wikipedia", "Amina_Okafor", 0.8)), Optional.empty());
    Entity party = new Entity(e(2), EntityType.ORGANIZATION, Optional.of("Northern Party"), Optional.empty(), List.of(),
        List.of(span(b, "the Northern Party")), List.of(), Optional.empty(), Optional.empty());
    Entity reyes = new Entity(e(3), EntityType.PERSON, Optional.of("Reyes"), Optional.empty(), List.of(),
        List.of(span(b, "Reyes")), List.of(new Descriptor(span(b, "Governor"), "governor", List.of())), Optional.empty(),
        Optional.empty());
    Attribution said = new Attribution(new AttributionId("A1"), Attribution.Kind.NAMED_ORGANIZATION, span(b, "said"),
        Optional.of(span(b, "the Northern Party")), Optional.of(e(2)), span(b, "Amina Okafor rejected the harbour budget plan"));
    Event rejected = new Event(new EventId("V1"), Event.Type.REJECT, span(b, "rejected"),
        List.of(new Event.Participant(e(1), Event.Role.SOURCE)), Optional.empty(), Event.TimeSource.DCT, Optional.empty(),
        Optional.of(new AttributionId("A1")), Event.Polarity.POSITIVE, Event.Modality.ASSERTED, 0);
    Event criticised = new Event(new EventId("V2"), Event.Type.DISAPPROVE, span(b, "criticised"),
        List.of(new Event.Participant(e(1), Event.Role.SOURCE), new Event.Participant(e(3), Event.Role.TARGET)),
        Optional.empty(), Event.TimeSource.DCT, Optional.empty(), Optional.empty(), Event.Polarity.POSITIVE,
        Event.Modality.ASSERTED, 1);
    return new Analysis(article, List.of(), List.of(okafor, party, reyes), List.of(), List.of(rejected, criticised),
        List.of(said), List.of(), List.of(Problem.of(Problem.Codes.BAD_DATE, "the date '2025-05-32' is not a real date")));
  }

  /** Unrelated: floods near Port Alder. */
  static Analysis floods() {
    String b = BODY_3;
    Article article = new Article("herald-2", Optional.of(LocalDate.of(2025, 5, 3)), Optional.empty(),
        Optional.of("Lakeland Herald"), Optional.empty(), b);
    Entity alder = new Entity(e(1), EntityType.LOCATION, Optional.of("Port Alder"), Optional.empty(), List.of(),
        List.of(span(b, "Port Alder")), List.of(), Optional.empty(),
        Optional.of(new Place(4_242_001, 12.5, -45.25, "LK", Optional.of("Coast"))));
    Event hit = new Event(new EventId("V1"), Event.Type.OTHER, span(b, "hit"), List.of(new Event.Participant(e(1),
        Event.Role.TARGET)), Optional.empty(), Event.TimeSource.DCT, Optional.empty(), Optional.empty(),
        Event.Polarity.POSITIVE, Event.Modality.ASSERTED, 0);
    return new Analysis(article, List.of(), List.of(alder), List.of(), List.of(hit), List.of(), List.of(), List.of());
  }

  /**
   * An article with a time far before the year 1 ("225,000 years ago"), which PostgreSQL's
   * {@code DATE} cannot hold, and with a time whose id is longer than the schema allows when
   * {@code overlong} (a value the database refuses).
   */
  static Analysis deepPast(boolean overlong) {
    String body = "Hunters crossed the valley 225,000 years ago, the museum said.";
    Article article = new Article(overlong ? "deep-past-overlong" : "deep-past", Optional.of(LocalDate.of(1987, 3, 19)),
        Optional.empty(), Optional.of("Wire"), Optional.empty(), overlong ? body + " Twice." : body);
    TimeExpression ago = new TimeExpression(new TimeId(overlong ? "T" + "1".repeat(40) : "T1"),
        span(body, "225,000 years ago"), TimeExpression.Type.DATE, "-223013", Optional.empty(), TimeExpression.Anchor.DCT,
        Optional.of(new TimeExpression.Interval(LocalDate.of(-223013, 1, 1), LocalDate.of(-223013, 12, 31))),
        Optional.of(TimeExpression.Granularity.YEAR));
    return new Analysis(article, List.of(), List.of(), List.of(ago), List.of(), List.of(), List.of(), List.of());
  }

  /** A small article numbered {@code n}, each with its own body. */
  static Analysis numbered(int n) {
    String body = "Report number " + n + " on the harbour of Port Alder.";
    Article article = new Article("n-" + n, Optional.of(LocalDate.of(2025, 1, 1).plusDays(n % 300)), Optional.empty(),
        Optional.of("Wire"), Optional.empty(), body);
    Entity alder = new Entity(e(1), EntityType.LOCATION, Optional.of("Port Alder"), Optional.empty(), List.of(),
        List.of(span(body, "Port Alder")), List.of(), Optional.empty(), Optional.empty());
    return new Analysis(article, List.of(), List.of(alder), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static EntityId e(int n) {
    return EntityId.of(n);
  }

  /** {@code text} where it starts the first occurrence of {@code context}. */
  static Span span(String body, String text, String context) {
    int at = span(body, context).start();
    return new Span(at, at + text.length());
  }

  /** The first occurrence of {@code text} in {@code body}. */
  static Span span(String body, String text) {
    int at = body.indexOf(text);
    if (at < 0) {
      throw new IllegalArgumentException("not in the body: " + text);
    }
    return new Span(at, at + text.length());
  }
}
