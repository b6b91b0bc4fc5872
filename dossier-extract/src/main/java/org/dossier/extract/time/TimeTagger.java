package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.dossier.analysis.Ids.TimeId;
import org.dossier.analysis.TimeExpression;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Type;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.text.Span;

/**
 * Finds the time expressions of an article and resolves them against its date (the DCT).
 *
 * <p>Each sentence's words go through the {@link Grammar}'s rules; each match is resolved with
 * the tense of its clause (which November: the last one or the next), the time the narrative has
 * reached (what "two days later" and "at that time" count from) and, in a range, the year of its
 * other end. Without a date, values stay partial ({@code XXXX-11}) and are never dropped.
 * Stateless and thread-safe.
 */
public final class TimeTagger {

  private static final Set<String> RANGE_LINKS = Set.of("to", "through", "thru", "until", "till", "and", "-", "\u2013", "or");

  private static final Set<String> PERIOD_END = Set.of("ended", "ending");

  private static final Set<Granularity> REPORTING = Set.of(Granularity.QUARTER, Granularity.HALF_YEAR, Granularity.YEAR);

  private final Grammar grammar = new Grammar();

  public List<TimeExpression> tag(AnnotatedArticle text) {
    Optional<LocalDate> dct = text.article().date().filter(TimeTagger::isCalendarDate);
    Tense narrative = Tenses.narrative(text);
    Optional<Stretch> discourse = Optional.empty();
    List<TimeExpression> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      Words w = new Words(s, text.body());
      List<Match> matches = grammar.find(w);
      Resolution previous = Resolution.bare(Type.DATE, "", Anchor.NONE);
      for (int k = 0; k < matches.size(); k++) {
        Match m = matches.get(k);
        Tense tense = Tenses.of(s, w.get(m.from()).token(), w.get(m.to() - 1).token());
        if (tense == Tense.UNKNOWN) {
          tense = narrative;
        }
        Context c = new Context(dct, tense, discourse, rangeYear(w, matches, k));
        Resolution r = m.reading().resolve(c);
        Span span = new Span(w.get(m.from()).start(), w.get(m.to() - 1).end());
        out.add(new TimeExpression(TimeId.of(out.size() + 1), span, r.type(), r.value(), r.mod(), r.anchor(),
            r.interval(), r.granularity()));
        // an outlook for a reporting period ("will result in a fourth-quarter charge") does not
        // move the narrative off the period being reported; a future day or hour still does
        boolean outlook = (tense == Tense.FUTURE || tense == Tense.INTENDED) && r.stretch().isPresent()
            && dct.isPresent()
            && r.stretch().get().last().isAfter(dct.get()) && REPORTING.contains(r.stretch().get().granularity());
        // "the third quarter ended Sept. 30": the end date is a detail of the period, which stays
        // the time the story is at (a fiscal "first quarter ended Jan. 31" is not a calendar
        // quarter, and its end date is the better guide)
        boolean periodEnd = k > 0 && matches.get(k - 1).to() == m.from() - 1 && PERIOD_END.contains(w.w(m.from() - 1))
            && previous.stretch().isPresent() && r.stretch().isPresent()
            && previous.stretch().get().granularity().compareTo(Granularity.WEEK) > 0
            && previous.stretch().get().last().equals(r.stretch().get().last());
        previous = r;
        if (r.stretch().isPresent() && !r.aside() && !outlook && !periodEnd
            && (r.type() == Type.DATE || r.type() == Type.TIME)) {
          discourse = r.stretch();
        }
      }
    }
    return out;
  }

  /**
   * Whether a document date is one a time can be resolved against: in the years 0001 to 9999, as
   * a date header allows. A date at the ends of {@code LocalDate}'s range ({@code --date
   * +999999999-12-31}) would put "next year" out of it; such an article is read as undated.
   */
  static boolean isCalendarDate(LocalDate date) {
    return date.getYear() >= 1 && date.getYear() <= 9999;
  }

  /** In "from May to July 2024" the first end takes its year from the second. */
  private static OptionalInt rangeYear(Words w, List<Match> matches, int k) {
    Match m = matches.get(k);
    if (m.yearKnown() || k + 1 >= matches.size()) {
      return OptionalInt.empty();
    }
    Match next = matches.get(k + 1);
    if (!next.yearKnown() || next.from() - m.to() != 1 || !RANGE_LINKS.contains(w.w(m.to()))) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(next.year());
  }
}
