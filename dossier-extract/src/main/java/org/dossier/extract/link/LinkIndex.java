package org.dossier.extract.link;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.regex.Pattern;

/**
 * A compact, memory-mapped index of CoreNLP's Wikipedia dictionary ({@code wikidict.tab.gz} of
 * {@code models-english-kbp}: 21 million surface forms, each with the Wikipedia title it most
 * often links to and that title's share of the links). Built once into a cache file by
 * {@link #build}; opening it maps the file and reads a header, so it loads in milliseconds.
 *
 * <p>Kept: surface forms that start with a capital or a digit, of at most five words and fifty
 * characters, whose title gets at least a tenth of their links. Added: for every kept title of
 * two to six capitalised words, its initials ("PTI" for Pakistan_Tehreek-e-Insaf), so acronyms
 * find expansions the dictionary does not pair with them. Each title carries its in-degree (how
 * many surface forms point at it), a popularity prior.
 */
public final class LinkIndex {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final int MAGIC = 0x444C4E4B; // "DLNK"
  private static final int VERSION = 2;

  /** One candidate title. */
  public record Candidate(String title, double prior, int inDegree) {}

  private final LongBuffer surfaceKeys;
  private final IntBuffer surfaceValues;
  private final LongBuffer acronymKeys;
  private final IntBuffer acronymValues;
  private final IntBuffer inDegree;
  private final IntBuffer titleOffsets;
  private final ByteBuffer titles;

  private LinkIndex(MappedByteBuffer map) {
    map.order(ByteOrder.BIG_ENDIAN);
    if (map.getInt(0) != MAGIC || map.getInt(4) != VERSION) {
      throw new IllegalStateException("not a Dossier link index (version " + VERSION + ")");
    }
    int nSurf = map.getInt(8);
    int nAcr = map.getInt(12);
    int nTitles = map.getInt(16);
    int blob = map.getInt(20);
    int pos = 24;
    surfaceKeys = slice(map, pos, nSurf * 8L).asLongBuffer();
    pos += nSurf * 8;
    surfaceValues = slice(map, pos, nSurf * 4L).asIntBuffer();
    pos += nSurf * 4;
    acronymKeys = slice(map, pos, nAcr * 8L).asLongBuffer();
    pos += nAcr * 8;
    acronymValues = slice(map, pos, nAcr * 4L).asIntBuffer();
    pos += nAcr * 4;
    inDegree = slice(map, pos, nTitles * 4L).asIntBuffer();
    pos += nTitles * 4;
    titleOffsets = slice(map, pos, (nTitles + 1) * 4L).asIntBuffer();
    pos += (nTitles + 1) * 4;
    titles = slice(map, pos, blob);
  }

  private static ByteBuffer slice(ByteBuffer map, int pos, long length) {
    ByteBuffer b = map.duplicate();
    b.position(pos);
    b.limit((int) (pos + length));
    return b.slice().order(ByteOrder.BIG_ENDIAN);
  }

  /** Maps an index file written by {@link #build}. */
  public static LinkIndex open(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return new LinkIndex(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
    }
  }

  /** The title a surface form most often links to, with that share as its prior. */
  public Optional<Candidate> lookup(String surface) {
    String n = normalize(surface);
    int i = find(surfaceKeys, hash(n));
    if (i < 0 && n.equals(n.toUpperCase(Locale.ROOT))) {
      i = find(surfaceKeys, hash(titleCase(n))); // "NEW YORK" in a headline
    }
    if (i < 0) {
      return Optional.empty();
    }
    int v = surfaceValues.get(i);
    int title = v >>> 8;
    return Optional.of(new Candidate(title(title), (v & 0xFF) / 255.0, inDegree.get(title)));
  }

  /** Titles whose initials are {@code acronym}, the most linked first. */
  public List<Candidate> expansions(String acronym) {
    long key = hash("#" + acronym.replace(".", "").toUpperCase(Locale.ROOT));
    int i = find(acronymKeys, key);
    List<Candidate> out = new ArrayList<>();
    if (i < 0) {
      return out;
    }
    while (i > 0 && acronymKeys.get(i - 1) == key) {
      i--;
    }
    for (; i < acronymKeys.limit() && acronymKeys.get(i) == key; i++) {
      int t = acronymValues.get(i);
      out.add(new Candidate(title(t), 0, inDegree.get(t)));
    }
    out.sort((a, b) -> Integer.compare(b.inDegree(), a.inDegree()));
    return out;
  }

  private String title(int id) {
    int from = titleOffsets.get(id);
    int to = titleOffsets.get(id + 1);
    byte[] b = new byte[to - from];
    titles.get(from, b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static int find(LongBuffer keys, long key) {
    int lo = 0;
    int hi = keys.limit() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long k = keys.get(mid);
      if (k < key) {
        lo = mid + 1;
      } else if (k > key) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Surface forms keep their case: "Apple" and "apple", "London" and "LDN" are different names. */
  static String normalize(String surface) {
    return SPACES.matcher(surface.strip().replace('’', '\'')).replaceAll(" ");
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }

  /** 64-bit FNV-1a. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  // ------------------------------------------------------------------ building

  /**
   * Reads {@code wikidict.tab.gz} (surface TAB title TAB share) and writes the index to
   * {@code file}, atomically. About a minute and under a gigabyte of heap.
   */
  public static void build(InputStream wikidictGz, Path file) throws IOException {
    Longs surfKeys = new Longs();
    Ints surfVals = new Ints();
    Longs acrKeys = new Longs();
    Ints acrVals = new Ints();
    Ints degree = new Ints();
    Ints offsets = new Ints();
    java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream(1 << 26);
    TitleIds ids = new TitleIds();
    BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(wikidictGz, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    String line;
    while ((line = r.readLine()) != null) {
      int t1 = line.indexOf('\t');
      int t2 = line.indexOf('\t', t1 + 1);
      if (t1 <= 0 || t2 < 0 || t1 > 50) {
        continue;
      }
      char c = line.charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        continue;
      }
      double share;
      try {
        share = Double.parseDouble(line.substring(t2 + 1));
      } catch (NumberFormatException e) {
        continue;
      }
      if (share < 0.1) {
        continue;
      }
      String surface = line.substring(0, t1);
      if (words(surface) > 5 || surface.contains("Wikipedia") || surface.indexOf('(') >= 0) {
        continue;
      }
      String title = line.substring(t1 + 1, t2);
      long th = hash(title);
      int id = ids.get(th);
      if (id < 0) {
        id = offsets.size();
        ids.put(th, id);
        offsets.add(blob.size());
        byte[] b = title.getBytes(StandardCharsets.UTF_8);
        blob.write(b, 0, b.length);
        degree.add(0);
        String acr = initials(title);
        if (acr != null) {
          acrKeys.add(hash("#" + acr));
          acrVals.add(id);
        }
      }
      degree.set(id, degree.get(id) + 1);
      surfKeys.add(hash(normalize(surface)));
      surfVals.add((id << 8) | (int) Math.round(Math.min(1, share) * 255));
    }
    offsets.add(blob.size());
    sort(surfKeys.a, surfVals.a, 0, surfKeys.n - 1);
    // duplicates of a surface (case variants): keep the one with the higher share
    int n = 0;
    for (int i = 0; i < surfKeys.n; i++) {
      if (n > 0 && surfKeys.a[n - 1] == surfKeys.a[i]) {
        if ((surfVals.a[i] & 0xFF) > (surfVals.a[n - 1] & 0xFF)) {
          surfVals.a[n - 1] = surfVals.a[i];
        }
        continue;
      }
      surfKeys.a[n] = surfKeys.a[i];
      surfVals.a[n] = surfVals.a[i];
      n++;
    }
    surfKeys.n = n;
    surfVals.n = n;
    // acronyms only for titles that several surface forms point at
    int m = 0;
    for (int i = 0; i < acrKeys.n; i++) {
      if (degree.get(acrVals.a[i]) >= 3) {
        acrKeys.a[m] = acrKeys.a[i];
        acrVals.a[m] = acrVals.a[i];
        m++;
      }
    }
    acrKeys.n = m;
    acrVals.n = m;
    sort(acrKeys.a, acrVals.a, 0, m - 1);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 20))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(surfKeys.n);
      out.writeInt(acrKeys.n);
      out.writeInt(degree.n);
      out.writeInt(blob.size());
      for (int i = 0; i < surfKeys.n; i++) {
        out.writeLong(surfKeys.a[i]);
      }
      for (int i = 0; i < surfVals.n; i++) {
        out.writeInt(surfVals.a[i]);
      }
      for (int i = 0; i < acrKeys.n; i++) {
        out.writeLong(acrKeys.a[i]);
      }
      for (int i = 0; i < acrVals.n; i++) {
        out.writeInt(acrVals.a[i]);
      }
      for (int i = 0; i < degree.n; i++) {
        out.writeInt(degree.a[i]);
      }
      for (int i = 0; i < offsets.n; i++) {
        out.writeInt(offsets.a[i]);
      }
      blob.writeTo(out);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static int words(String s) {
    int w = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        w++;
      }
    }
    return w;
  }

  /** "Pakistan_Tehreek-e-Insaf" -> "PTI"; null unless two to six capitalised words. */
  static String initials(String title) {
    if (title.indexOf('(') >= 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String part : title.split("[_\\-\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      char c = part.charAt(0);
      if (Character.isUpperCase(c)) {
        sb.append(c);
      } else if (!part.equals("e") && !part.equals("of") && !part.equals("the") && !part.equals("and")
          && !part.equals("for") && !part.equals("de") && !part.equals("in")) {
        return null;
      }
    }
    return sb.length() >= 2 && sb.length() <= 6 ? sb.toString() : null;
  }

  private static void sort(long[] k, int[] v, int lo, int hi) {
    while (lo < hi) {
      long p = k[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (k[i] < p) {
          i++;
        }
        while (k[j] > p) {
          j--;
        }
        if (i <= j) {
          long tk = k[i];
          k[i] = k[j];
          k[j] = tk;
          int tv = v[i];
          v[i] = v[j];
          v[j] = tv;
          i++;
          j--;
        }
      }
      if (j - lo < hi - i) {
        sort(k, v, lo, j);
        lo = i;
      } else {
        sort(k, v, i, hi);
        hi = j;
      }
    }
  }

  private static final class Longs {
    long[] a = new long[1 << 20];
    int n;

    void add(long x) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = x;
    }
  }

  private static final class Ints {
    int[] a = new int[1 << 20];
    int n;

    void add(int x) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = x;
    }

    int get(int i) {
      return a[i];
    }

    void set(int i, int x) {
      a[i] = x;
    }

    int size() {
      return n;
    }
  }

  /** Open-addressing map from a title's hash to its id. */
  private static final class TitleIds {
    long[] keys = new long[1 << 24];
    int[] vals = new int[1 << 24];
    int n;

    int get(long k) {
      if (k == 0) {
        k = 1;
      }
      int mask = keys.length - 1;
      for (int i = (int) (mix(k) & mask); ; i = (i + 1) & mask) {
        if (keys[i] == 0) {
          return -1;
        }
        if (keys[i] == k) {
          return vals[i];
        }
      }
    }

    void put(long k, int v) {
      if (k == 0) {
        k = 1;
      }
      if (n * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = (int) (mix(k) & mask);
      while (keys[i] != 0 && keys[i] != k) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        n++;
      }
      keys[i] = k;
      vals[i] = v;
    }

    private void grow() {
      long[] ok = keys;
      int[] ov = vals;
      keys = new long[ok.length * 2];
      vals = new int[ok.length * 2];
      n = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != 0) {
          put(ok[i], ov[i]);
        }
      }
    }

    private static long mix(long k) {
      k ^= k >>> 33;
      k *= 0xff51afd7ed558ccdL;
      k ^= k >>> 33;
      return k;
    }
  }
}
