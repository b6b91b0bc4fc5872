package org.dossier.extract.time;

import java.util.Set;

/**
 * The words that narrow a date ("early", "late", "the end of") or hedge a quantity ("more
 * than", "about", "at least"), and the TIMEX3 modifier each gives. The lowest layer of the
 * rules, with {@link Lexicon} and {@link Numerals}: it uses only {@link Words} and the lexicon.
 */
final class Modifiers {

  private Modifiers() {}

  /** The words that narrow a date or a part of the day to its start, middle or end. */
  static final Set<String> NARROWING = Set.of("early", "late", "mid");

  /** How many words at {@code i} narrow the date after them ("late", "the end of"), or 0. */
  static int dateModifier(Words w, int i) {
    String a = w.w(i);
    String b = w.w(i + 1);
    String c = w.w(i + 2);
    if (a.equals("early") || a.equals("late") || a.equals("mid") || a.equals("middle")) {
      return quantityStart(b) ? 0 : 1;
    }
    if (a.equals("the") && (b.equals("early") || b.equals("late") || b.equals("mid"))) {
      return quantityStart(c) ? 0 : 2;
    }
    if (a.equals("the") && (b.equals("end") || b.equals("beginning") || b.equals("start") || b.equals("middle")
        || b.equals("turn") || b.equals("close")) && c.equals("of")) {
      return 3;
    }
    if ((a.equals("end") || a.equals("beginning") || a.equals("start")) && b.equals("of")) {
      return 2;
    }
    return 0;
  }

  /** Words that start a set or a quantity, which "early" and "late" do not narrow. */
  static boolean quantityStart(String n) {
    return n.equals("every") || n.equals("each") || Lexicon.SETS.containsKey(n) || Lexicon.number(n) >= 0
        && Lexicon.yearLike(n) < 0;
  }

  /** The TIMEX3 modifier of the date modifier at {@code i}: START, MID or END. */
  static String dateMod(Words w, int i) {
    String a = w.w(i).equals("the") ? w.w(i + 1) : w.w(i);
    return switch (a) {
      case "early", "beginning", "start", "turn" -> "START";
      case "late", "end", "close" -> "END";
      default -> "MID";
    };
  }

  /** How many words at {@code i} hedge the quantity after them ("more than", "about"), or 0. */
  static int quantityModifier(Words w, int i) {
    String a = w.w(i);
    String b = w.w(i + 1);
    String c = w.w(i + 2);
    if ((a.equals("more") || a.equals("less") || a.equals("fewer")) && b.equals("than")) {
      return 2;
    }
    if ((a.equals("at") && (b.equals("least") || b.equals("most"))) || (a.equals("up") && b.equals("to"))) {
      return 2;
    }
    if ((a.equals("just") || a.equals("well") || a.equals("a") && b.equals("little")) && (b.equals("over") || b.equals("under") || c.equals("over"))) {
      return a.equals("a") ? 3 : 2;
    }
    if ((a.equals("no") && b.equals("more") && c.equals("than"))) {
      return 3;
    }
    return switch (a) {
      case "over", "under", "about", "around", "approximately", "roughly", "nearly", "almost", "some",
          "only", "just", "barely", "merely", "fully", "at", "within" -> a.equals("at") || a.equals("within") ? 0 : 1;
      default -> 0;
    };
  }

  /** Whether the quantity modifier that starts with {@code first} belongs to the extent (TimeBank). */
  static boolean modifierInExtent(String first) {
    return first.equals("more") || first.equals("less") || first.equals("fewer") || first.equals("nearly")
        || first.equals("almost") || first.equals("no") || first.equals("up");
  }

  /** The TIMEX3 modifier of the quantity modifier at {@code i}, or null for "only", "just". */
  static String quantityMod(Words w, int i) {
    String a = w.w(i);
    String b = w.w(i + 1);
    if (a.equals("more") || a.equals("over") || a.equals("well") || a.equals("just") && b.equals("over")
        || a.equals("a") && w.w(i + 2).equals("over")) {
      return "MORE_THAN";
    }
    if (a.equals("less") || a.equals("fewer") || a.equals("under") || a.equals("nearly") || a.equals("almost")
        || a.equals("barely") || a.equals("just") && b.equals("under")) {
      return "LESS_THAN";
    }
    if (a.equals("at") && b.equals("least")) {
      return "EQUAL_OR_MORE";
    }
    if (a.equals("at") && b.equals("most") || a.equals("up") || a.equals("no")) {
      return "EQUAL_OR_LESS";
    }
    if (a.equals("only") || a.equals("just") || a.equals("merely") || a.equals("fully")) {
      return null;
    }
    return "APPROX";
  }
}
