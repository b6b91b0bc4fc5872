package org.dossier.analysis;

/** Typed identifiers, local to one analysis: {@code E1}, {@code T1}, {@code V1}, {@code A1}. */
public final class Ids {

  private Ids() {}

  static String check(String value, char prefix) {
    if (value == null || value.length() < 2 || value.charAt(0) != prefix) {
      throw new IllegalArgumentException("id must look like " + prefix + "<n>: " + value);
    }
    return value;
  }

  /** An entity's id. */
  public record EntityId(String value) {
    public EntityId {
      check(value, 'E');
    }

    public static EntityId of(int n) {
      return new EntityId("E" + n);
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** A time expression's id. */
  public record TimeId(String value) {
    public TimeId {
      check(value, 'T');
    }

    public static TimeId of(int n) {
      return new TimeId("T" + n);
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** An event's id. */
  public record EventId(String value) {
    public EventId {
      check(value, 'V');
    }

    public static EventId of(int n) {
      return new EventId("V" + n);
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** An attribution's id. */
  public record AttributionId(String value) {
    public AttributionId {
      check(value, 'A');
    }

    public static AttributionId of(int n) {
      return new AttributionId("A" + n);
    }

    @Override
    public String toString() {
      return value;
    }
  }
}
