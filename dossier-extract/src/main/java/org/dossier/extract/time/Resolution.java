package org.dossier.extract.time;

import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Interval;
import org.dossier.analysis.TimeExpression.Type;

/**
 * What one time expression means once resolved: its TIMEX3 type, value and mod, what it was
 * resolved against, whether it is only a look back that leaves the narrative's time alone, and,
 * for a date on the calendar, the unit it names (which gives the interval
 * and granularity, and becomes the reference time of the expressions that follow).
 */
record Resolution(
    Type type,
    String value,
    Optional<String> mod,
    Anchor anchor,
    Optional<Interval> interval,
    Optional<Granularity> granularity,
    Optional<Stretch> stretch,
    boolean aside) {

  Resolution(Type type, String value, Optional<String> mod, Anchor anchor, Optional<Interval> interval,
      Optional<Granularity> granularity, Optional<Stretch> stretch) {
    this(type, value, mod, anchor, interval, granularity, stretch, false);
  }

  Resolution {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mod, "mod");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(stretch, "stretch");
  }

  /** A date that names a unit of the calendar. */
  static Resolution date(Stretch s, Anchor anchor) {
    return new Resolution(Type.DATE, s.value(), Optional.empty(), anchor, Optional.of(s.interval()),
        Optional.of(s.granularity()), Optional.of(s));
  }

  /** A value without a place on the calendar: a partial date, a duration, a set, a reference. */
  static Resolution bare(Type type, String value, Anchor anchor) {
    return new Resolution(type, value, Optional.empty(), anchor, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A look back ("a year earlier") that does not move the narrative's time. */
  Resolution asAside() {
    return new Resolution(type, value, mod, anchor, interval, granularity, stretch, true);
  }

  Resolution withMod(String m) {
    return new Resolution(type, value, Optional.ofNullable(m), anchor, interval, granularity, stretch);
  }

  Resolution withInterval(Interval i) {
    return new Resolution(type, value, mod, anchor, Optional.of(i), granularity, stretch);
  }
}
