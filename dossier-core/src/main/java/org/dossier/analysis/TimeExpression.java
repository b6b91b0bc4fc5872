package org.dossier.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Ids.TimeId;
import org.dossier.text.Span;

/**
 * A time expression normalised as a TimeML TIMEX3.
 *
 * @param value the TIMEX3 value: {@code 2024-11}, {@code 2025-W12}, {@code P20Y},
 *     {@code PRESENT_REF}, or a partial value such as {@code XXXX-11} when it cannot be resolved
 * @param mod the TIMEX3 mod ({@code MORE_THAN}, {@code START}, {@code APPROX}, ...), if any
 * @param anchor what the value was resolved against
 * @param interval the first and last day a DATE covers, when resolved
 * @param granularity the unit of the value, when it is a DATE
 */
public record TimeExpression(
    TimeId id,
    Span span,
    Type type,
    String value,
    Optional<String> mod,
    Anchor anchor,
    Optional<Interval> interval,
    Optional<Granularity> granularity) {

  public TimeExpression {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mod, "mod");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(granularity, "granularity");
  }

  /** TIMEX3 types. */
  public enum Type {
    DATE,
    TIME,
    DURATION,
    SET
  }

  /** What a value was resolved against. */
  public enum Anchor {
    /** Absolute: "March 3, 2024" needs no anchor. */
    NONE,
    /** The document creation time. */
    DCT,
    /** An earlier time expression of the article ("two days later", "at that time"). */
    DISCOURSE
  }

  /** The unit of a resolved DATE. */
  public enum Granularity {
    MINUTE,
    HOUR,
    PART_OF_DAY,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    SEASON,
    HALF_YEAR,
    YEAR,
    DECADE,
    CENTURY
  }

  /** The days a date covers, both inclusive. */
  public record Interval(LocalDate first, LocalDate last) {
    public Interval {
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("interval ends before it starts: " + first + ".." + last);
      }
    }
  }
}
