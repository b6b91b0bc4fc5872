package org.dossier.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.regex.Pattern;
import org.dossier.analysis.Place;

/**
 * Countries, first-level divisions and the 33,000 cities of GeoNames' {@code cities15000}
 * (data by GeoNames, geonames.org, CC BY 4.0), in a compact resource derived by
 * {@code src/build/geonames_compact.py}. Loads in about 0.2 s, once per JVM; immutable.
 *
 * <p>A name is resolved to a country before a province, and a province before a city, unless
 * the city is a large one (over a million people) or the province is named after its own largest
 * city ("Islamabad"); among cities the one in a country the article already mentions wins, then
 * the most populous.
 */
public final class Gazetteer {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** What kind of place an entry is. */
  public enum Kind {
    COUNTRY("country"),
    PROVINCE("province"),
    CITY("city");

    private final String subtype;

    Kind(String subtype) {
      this.subtype = subtype;
    }

    /** The entity subtype it gives: {@code country}, {@code province}, {@code city}. */
    public String subtype() {
      return subtype;
    }
  }

  /** One gazetteer entry. */
  public record Entry(Kind kind, long geonameId, String name, double latitude, double longitude,
      String country, String province, long population) {

    public Place place() {
      return new Place(geonameId, latitude, longitude, country,
          province.isEmpty() ? Optional.empty() : Optional.of(province),
          kind == Kind.CITY ? Optional.of(name) : Optional.empty());
    }
  }

  private static final long LARGE_CITY = 1_000_000;
  private static volatile Gazetteer instance;

  private final Map<String, List<Entry>> byName;
  private final Map<String, Entry> countries;
  private final Map<String, Entry> facilities;

  private Gazetteer(Map<String, List<Entry>> byName, Map<String, Entry> countries) {
    this.byName = byName;
    this.countries = countries;
    this.facilities = loadFacilities(byName);
  }

  /** The city a well-known facility (a prison, an airport) is in, from {@code facilities.tsv}. */
  public Optional<Entry> facility(String name) {
    return Optional.ofNullable(facilities.get(key(name)));
  }

  private static Map<String, Entry> loadFacilities(Map<String, List<Entry>> byName) {
    Map<String, Entry> out = new HashMap<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream("facilities.tsv")) {
      if (in == null) {
        return Map.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        byName.getOrDefault(key(f[1]), List.of()).stream()
            .filter(e -> e.kind() == Kind.CITY && e.country().equals(f[2]))
            .max(Comparator.comparingLong(Entry::population))
            .ifPresent(city -> out.put(key(f[0]), city));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  /** The packaged GeoNames gazetteer, loaded on first use. */
  public static Gazetteer geonames() {
    Gazetteer g = instance;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = instance;
        if (g == null) {
          g = load();
          instance = g;
        }
      }
    }
    return g;
  }

  /** Every entry a name can mean, unordered; empty when the name is unknown. */
  public List<Entry> candidates(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  /**
   * The place a name most likely is, given the countries (ISO codes) the article already
   * mentions; empty when the gazetteer does not know the name.
   */
  public Optional<Entry> resolve(String name, Collection<String> contextCountries) {
    List<Entry> cands = candidates(name);
    if (cands.isEmpty()) {
      return Optional.empty();
    }
    Comparator<Entry> order = Comparator.comparingInt((Entry e) -> rank(e))
        .thenComparing(e -> contextCountries.contains(e.country()) ? 0 : 1)
        .thenComparing(Comparator.comparingLong(Entry::population).reversed());
    Entry best = cands.stream().min(order).orElseThrow();
    if (best.kind() == Kind.PROVINCE) {
      // a province named after its own largest city ("Islamabad", "New York"): the name is the city's
      for (Entry e : cands) {
        if (e.kind() == Kind.CITY && e.country().equals(best.country()) && e.latitude() == best.latitude()
            && e.longitude() == best.longitude()) {
          return Optional.of(e);
        }
      }
    }
    return Optional.of(best);
  }

  /** The country with this ISO code. */
  public Optional<Entry> country(String iso) {
    return Optional.ofNullable(countries.get(iso));
  }

  private static int rank(Entry e) {
    switch (e.kind()) {
      case COUNTRY:
        return 0;
      case PROVINCE:
        return 2;
      default:
        return e.population() >= LARGE_CITY ? 1 : 3;
    }
  }

  static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    return SPACES.matcher(k).replaceAll(" ");
  }

  private static Gazetteer load() {
    Map<String, List<Entry>> byName = new HashMap<>();
    Map<String, Entry> countries = new HashMap<>();
    try (InputStream raw = Gazetteer.class.getResourceAsStream("geonames.tsv.gz")) {
      if (raw == null) {
        throw new IllegalStateException("missing resource geonames.tsv.gz next to " + Gazetteer.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Kind kind = f[0].equals("C") ? Kind.COUNTRY : f[0].equals("A") ? Kind.PROVINCE : Kind.CITY;
        Entry e = new Entry(kind, Long.parseLong(f[1]), f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
            f[5], f[6], Long.parseLong(f[7]));
        add(byName, f[2], e);
        if (!f[8].isEmpty()) {
          for (String alias : f[8].split("\\|")) {
            add(byName, alias, e);
          }
        }
        if (kind == Kind.COUNTRY) {
          countries.put(e.country(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Gazetteer(byName, countries);
  }

  private static void add(Map<String, List<Entry>> byName, String name, Entry e) {
    List<Entry> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
    if (!list.contains(e)) {
      list.add(e);
    }
  }
}
