package org.dossier.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML file as the TempEval-3 scorer sees it: the creation time (DCT), the text of the
 * TEXT element with its tags stripped and its entities decoded, and the gold TIMEX3s as character
 * extents into that text.
 */
record TimeMlDocument(String name, LocalDate dct, String text, List<Gold> gold) {

  /** A gold TIMEX3: {@code [start, end)} in the text, its type and value. */
  record Gold(int start, int end, String type, String value) {}

  private static final Pattern DCT = Pattern.compile(
      "<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern ATTR = Pattern.compile("\\b(type|value)=\"([^\"]*)\"");

  TimeMlDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dct, "dct");
    Objects.requireNonNull(text, "text");
    gold = List.copyOf(gold);
  }

  static TimeMlDocument read(Path file) throws IOException {
    String xml = Files.readString(file);
    Matcher d = DCT.matcher(xml);
    if (!d.find()) {
      throw new IOException("no CREATION_TIME TIMEX3 in " + file);
    }
    Matcher v = VALUE.matcher(d.group());
    if (!v.find()) {
      throw new IOException("the CREATION_TIME of " + file + " has no date value");
    }
    LocalDate dct = LocalDate.parse(v.group(1));
    int open = xml.indexOf("<TEXT>");
    int close = xml.indexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IOException("no TEXT element in " + file);
    }
    String inner = xml.substring(open + "<TEXT>".length(), close);
    StringBuilder text = new StringBuilder(inner.length());
    List<Gold> gold = new ArrayList<>();
    int timexStart = -1;
    String type = "";
    String value = "";
    int i = 0;
    while (i < inner.length()) {
      char c = inner.charAt(i);
      if (c == '<') {
        int end = inner.indexOf('>', i);
        if (end < 0) {
          break;
        }
        String tag = inner.substring(i, end + 1);
        if (tag.startsWith("<TIMEX3")) {
          timexStart = text.length();
          Matcher a = ATTR.matcher(tag);
          type = "";
          value = "";
          while (a.find()) {
            if (a.group(1).equals("type")) {
              type = a.group(2);
            } else {
              value = a.group(2);
            }
          }
        } else if (tag.startsWith("</TIMEX3") && timexStart >= 0) {
          gold.add(new Gold(timexStart, text.length(), type, value));
          timexStart = -1;
        }
        i = end + 1;
      } else if (c == '&') {
        int semi = inner.indexOf(';', i);
        String entity = semi > i && semi - i < 8 ? inner.substring(i, semi + 1) : "&";
        String decoded = switch (entity) {
          case "&amp;" -> "&";
          case "&lt;" -> "<";
          case "&gt;" -> ">";
          case "&quot;" -> "\"";
          case "&apos;" -> "'";
          default -> null;
        };
        if (decoded == null) {
          text.append(c);
          i++;
        } else {
          text.append(decoded);
          i += entity.length();
        }
      } else {
        text.append(c);
        i++;
      }
    }
    String name = file.getFileName().toString();
    return new TimeMlDocument(name, dct, text.toString(), gold);
  }
}
