package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.Problem;

/**
 * What every input read from any file must be, however bad the file: either an article with a
 * body to analyse, or one that carries a fatal problem; every problem names where it is (the
 * file, and the line or record), in one line; and every byte offset a message gives lies inside
 * the file. Used by the hostile corpus and the fuzz tests.
 */
final class InputInvariants {

  /** A byte offset quoted in a message: "byte 17 is 0xE9", "at byte 2048". */
  private static final Pattern BYTE = Pattern.compile("\\bbyte (\\d+)\\b");

  private InputInvariants() {}

  /**
   * What is wrong with {@code input}, read from a file of {@code fileBytes} bytes named
   * {@code where} as the user gave it; empty when nothing is.
   */
  static List<String> violations(Input input, String where, long fileBytes) {
    List<String> wrong = new ArrayList<>();
    if (input.article().id().isBlank()) {
      wrong.add("an article without an id");
    }
    if (!input.where().startsWith(where)) {
      wrong.add("reported at " + input.where() + ", not in " + where);
    }
    for (Problem p : input.problems()) {
      if (p.where().isEmpty() || !p.where().get().startsWith(where)) {
        wrong.add("a problem that does not name " + where + ": " + p);
      }
      if (p.message().isBlank() || p.message().chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029)) {
        wrong.add("a message that is not one line: " + p);
      }
      if (p.message().contains("the reader failed")) {
        wrong.add("a bug in a reader, caught by the guard around it: " + p);
      }
      Matcher m = BYTE.matcher(p.message());
      while (m.find()) {
        if (m.group(1).length() > 18 || Long.parseLong(m.group(1)) >= fileBytes) {
          wrong.add("a byte offset outside the file (" + fileBytes + " bytes): " + p);
        }
      }
    }
    if (input.isReadable()) {
      if (TextBytes.isBlank(input.article().body())) {
        wrong.add("a readable article without a body");
      }
    } else if (input.problems().stream().noneMatch(Problem::isFatal)) {
      wrong.add("an unreadable article without a fatal problem");
    } else if (!input.article().body().isEmpty()) {
      wrong.add("an unreadable article that keeps a body");
    }
    return wrong;
  }
}
