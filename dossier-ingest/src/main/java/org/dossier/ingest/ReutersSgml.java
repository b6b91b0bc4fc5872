package org.dossier.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.text.Article;

/**
 * Reads stories out of the Reuters-21578 SGML files ({@code reut2-NNN.sgm}): the story's
 * {@code DATE} becomes the article date, {@code TITLE} its title, {@code BODY} its text.
 * Stories without a body (the corpus has briefs of a title only) are skipped.
 */
public final class ReutersSgml {

  private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Z]{3}-\\d{4})");
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH);

  private ReutersSgml() {}

  /** The first {@code limit} stories with a body, in file order across the corpus directory. */
  public static List<Article> read(Path dir, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no reut2-NNN.sgm files in " + dir);
    }
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      // the corpus is Latin-1 with a few stray bytes; it decodes without loss as ISO-8859-1
      String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
      Matcher m = STORY.matcher(sgml);
      while (m.find() && out.size() < limit) {
        story(m.group(1), m.group(2)).ifPresent(out::add);
      }
      if (out.size() >= limit) {
        break;
      }
    }
    return out;
  }

  /** Every story with a body in the text of one SGML file, in file order. */
  public static List<Article> parse(String sgml) {
    List<Article> out = new ArrayList<>();
    Matcher m = STORY.matcher(sgml);
    while (m.find()) {
      story(m.group(1), m.group(2)).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Article> story(String id, String sgml) {
    Matcher body = BODY.matcher(sgml);
    if (!body.find()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = Optional.empty();
    Matcher d = DATE.matcher(sgml);
    if (d.find()) {
      try {
        date = Optional.of(LocalDate.parse(capitalise(d.group(1)), DAY));
      } catch (DateTimeParseException e) {
        date = Optional.empty();
      }
    }
    Matcher t = TITLE.matcher(sgml);
    Optional<String> title = t.find() ? Optional.of(unescape(t.group(1)).strip()) : Optional.empty();
    String text = unescape(body.group(1)).replaceAll("\\s*Reuter\\s*$", "").strip();
    return Optional.of(new Article("reuters-" + id, date, title, Optional.of("Reuters"), Optional.empty(), text));
  }

  private static String capitalise(String dmy) {
    // 26-FEB-1987 -> 26-Feb-1987, as the English month pattern expects
    String[] p = dmy.split("-");
    return p[0] + "-" + p[1].charAt(0) + p[1].substring(1).toLowerCase(Locale.ROOT) + "-" + p[2];
  }

  private static String unescape(String s) {
    return s.replaceAll("&#\\d+;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
