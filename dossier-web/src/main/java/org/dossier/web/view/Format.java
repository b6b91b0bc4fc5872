package org.dossier.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.analysis.Attribution;
import org.dossier.store.SourceClass;

/** Small formatting the templates share: days, kinds of source, links, bars. */
public final class Format {

  private Format() {}

  /** One bar of a chart: a label, a count, and its place in a 0..100 box. */
  public record Bar(String label, String css, long count, double x, double width, double height) {
    public String share() {
      return String.format(Locale.ROOT, "%.0f%%", width);
    }
  }

  /** A point on an equirectangular world of 360 by 180. */
  public record Pin(double latitude, double longitude, Optional<String> country) {
    public double x() {
      return longitude + 180;
    }

    public double y() {
      return 90 - latitude;
    }

    public String where() {
      return String.format(Locale.ROOT, "%.3f, %.3f", latitude, longitude) + country.map(c -> " (" + c + ")").orElse("");
    }
  }

  public static String day(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("no date");
  }

  public static String kind(Attribution.Kind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  public static String sourceClass(Attribution.Kind k) {
    return "src-" + SourceClass.of(k).name();
  }

  public static String label(Enum<?> e) {
    String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A path segment, percent-encoded. */
  public static String path(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A query value, percent-encoded. */
  public static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** An http(s) link as it is; anything else (javascript:, data:) as nothing. */
  public static Optional<String> safeUrl(Optional<String> url) {
    return url.filter(u -> u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7));
  }

  public static String wikipedia(String link) {
    return link.startsWith("https://") ? link : "https://en.wikipedia.org/wiki/" + link.replace(' ', '_');
  }

  public static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  public static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Claims by kind of source as the four classes, side by side in a bar 100 wide. */
  public static List<Bar> sourcing(Map<Attribution.Kind, ? extends Number> byKind) {
    Map<SourceClass, Long> classes = new EnumMap<>(SourceClass.class);
    byKind.forEach((k, n) -> classes.merge(SourceClass.of(k), n.longValue(), Long::sum));
    long total = classes.values().stream().mapToLong(Long::longValue).sum();
    List<Bar> out = new ArrayList<>();
    double x = 0;
    for (SourceClass c : SourceClass.values()) {
      long n = classes.getOrDefault(c, 0L);
      if (n > 0) {
        double w = 100.0 * n / total;
        out.add(new Bar(label(c), "src-" + c.name(), n, x, w, 100));
        x += w;
      }
    }
    return out;
  }

  /** Articles per month as bars in a box 100 wide and 100 high; months without articles are gaps. */
  public static List<Bar> histogram(Map<String, Long> months) {
    if (months.isEmpty()) {
      return List.of();
    }
    TreeMap<String, Long> sorted = new TreeMap<>(months);
    java.time.YearMonth first = java.time.YearMonth.parse(sorted.firstKey());
    java.time.YearMonth last = java.time.YearMonth.parse(sorted.lastKey());
    long span = Math.min(240, first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    long max = sorted.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<Bar> out = new ArrayList<>();
    double w = 100.0 / span;
    for (int i = 0; i < span; i++) {
      String m = first.plusMonths(i).toString();
      long n = sorted.getOrDefault(m, 0L);
      if (n > 0) {
        out.add(new Bar(m, "month", n, i * w, Math.max(w * 0.8, 0.3), 100.0 * n / max));
      }
    }
    return out;
  }
}
