package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dossier.analysis.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer for the time normaliser's public entry point, {@link TimeTagger#tag}:
 * the sentences of the golden file and hostile time expressions, edited at random (characters
 * replaced, digits and long numbers inserted, time words inserted, runs cut, doubled and
 * spliced), against document dates from the first day of year 1 to the last of 9999, leap days,
 * none, and the ends of {@code LocalDate}'s range (which {@code --date} once let through). The invariants: no exception; every span lies inside the text and covers some of it;
 * every interval runs forwards; each sentence is tagged within a time bound. The short run is
 * part of every build; {@code -Ddossier.fuzz.iterations=200000} runs a long one
 * ({@code -Ddossier.fuzz.seed=N} for other mutations).
 */
class TimeNormaliserFuzzTest {

  private static final int ITERATIONS = Integer.getInteger("dossier.fuzz.iterations", 2000);
  private static final long SEED = Long.getLong("dossier.fuzz.seed", 20250414L);
  private static final long PER_INPUT_SECONDS = Long.getLong("dossier.fuzz.seconds", 20);

  /** Expressions that push the normaliser's arithmetic to its edges. */
  private static final List<String> HOSTILE = List.of(
      "It happened on 2025-02-30.", "The record is dated 0000-01-01.", "It ends on 9999-12-31.",
      "He was born on February 30, 2024.", "The deal closed 99999 years ago.", "It lasted 10000000000 days.",
      "It will be done in 999999999 years.", "They met in Q5 2025.", "Results for FY99999 came out.",
      "The law passed in week 54 of 2025.", "It was due on 1/0/2025 at 24:61.", "In the year 0 nothing happened.",
      "Letters from 12/25/99999 were found.", "The '00s and the 1990s and the 10000s.", "It was 300 centuries ago.",
      "He left at 25 p.m. on the 32nd of March.", "Every 0 days, the last 0 weeks, the next -1 years.",
      "From May 2024 to July 0.", "Between 1999 and 99999, during the 9990s.", "It happened 1e9 decades ago.",
      "The third quarter ended Feb. 31.", "Back in 1 A.D. and 5000 BC.", "On the 0th of June 2024.",
      "Sometime in mid-9999 or late 10000.", "Since 2147483648 years ago, until 9223372036854775808 B.C.");

  /** Words of time, inserted at random. */
  private static final List<String> WORDS = List.of(
      " the", " last", " next", " week", " March", " Feb.", " 3", " 1998", " -", "'s", " of", " a", " year", " earlier",
      " Friday", " night", " p.m.", " 1/2", " quarter", " third", " every", " ago", ",", ".", " from", " to",
      " decades", " over", " early", " late", " mid", " Q3", " FY2024", " 12/25/1960", " 2024-11-05", " '90s",
      " now", " until", " since", " 31st", " 0", " 9999", " 99999999999", " 2147483648", " centuries", " millennium",
      " 24:00", " noon", " midnight", " day", " later", " before", " after", " fiscal", " half", " season", " summer");

  /** Characters that replace others: digits, separators, letters, and a few non-ASCII ones. */
  private static final String CHARS = "0123456789-/:.,' aAzZ\u00a0\u2013\u2014\u202e\u0661\uff11\ud83d";

  /** Document dates: the edges of the years a date header allows, leap days, none, and beyond. */
  private static final List<LocalDate> DCTS = Arrays.asList(null, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
      LocalDate.of(2024, 2, 29), LocalDate.of(1900, 2, 28), LocalDate.of(2000, 2, 29), LocalDate.of(2025, 4, 14),
      LocalDate.of(1, 12, 31), LocalDate.of(9999, 1, 1), LocalDate.of(0, 1, 1), LocalDate.MIN, LocalDate.MAX,
      LocalDate.of(-5, 3, 1), LocalDate.of(10000, 1, 1));

  private final TimeTagger tagger = new TimeTagger();

  @Test
  void no_mutated_time_expression_or_document_date_breaks_the_normaliser() throws Exception {
    List<String> seeds = new ArrayList<>(HOSTILE);
    List<LocalDate> seedDates = new ArrayList<>();
    HOSTILE.forEach(h -> seedDates.add(LocalDate.of(2025, 4, 14)));
    try (InputStream in = TimeNormaliserFuzzTest.class.getResourceAsStream("/time/golden.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\\s*\\|\\s*");
        if (line.startsWith("#") || f.length < 3) {
          continue;
        }
        seeds.add(f[1].replace("[[", "").replace("]]", ""));
        seedDates.add(f[0].equals("none") ? null : LocalDate.parse(f[0]));
      }
    }
    Random random = new Random(SEED);
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-time");
      t.setDaemon(true);
      return t;
    });
    List<String> findings = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int i = 0; i < ITERATIONS && findings.size() < 20; i++) {
        int k = random.nextInt(seeds.size());
        String text = mutate(random, seeds.get(k), seeds);
        LocalDate dct = random.nextInt(3) == 0 ? DCTS.get(random.nextInt(DCTS.size()))
            : random.nextInt(4) == 0 ? randomDate(random) : seedDates.get(k);
        Future<List<String>> run = executor.submit(() -> violations(text, dct));
        List<String> wrong;
        try {
          wrong = run.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          run.cancel(true);
          wrong = List.of("no result within " + PER_INPUT_SECONDS + " s");
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          wrong = List.of("threw " + c + " at " + Arrays.stream(c.getStackTrace()).limit(5).toList());
        }
        if (!wrong.isEmpty()) {
          findings.add("#" + i + " dct " + dct + " \"" + text + "\": " + wrong);
        }
      }
    } finally {
      executor.shutdownNow();
    }
    System.out.printf(Locale.ROOT, "fuzz TIME: %d iterations in %.1f s, %d findings, seed %d%n",
        ITERATIONS, (System.nanoTime() - start) / 1e9, findings.size(), SEED);
    findings.forEach(f -> System.out.println("  " + f));
    assertThat(findings).isEmpty();
  }

  private List<String> violations(String text, LocalDate dct) {
    List<String> wrong = new ArrayList<>();
    for (TimeExpression t : tagger.tag(TestText.of(dct, text))) {
      if (t.span().end() > text.length() || t.span().start() >= t.span().end()) {
        wrong.add("span " + t.span() + " outside the text of " + text.length() + " characters");
      } else if (text.substring(t.span().start(), t.span().end()).isBlank()) {
        wrong.add("span " + t.span() + " covers only white space");
      }
      if (t.value() == null || t.value().isBlank()) {
        wrong.add("no value for " + t);
      }
      t.interval().ifPresent(iv -> {
        if (iv.last().isBefore(iv.first())) {
          wrong.add("an interval that runs backwards: " + t);
        }
      });
    }
    return wrong;
  }

  private static LocalDate randomDate(Random random) {
    LocalDate first = LocalDate.of(1, 1, 1);
    return first.plusDays(random.nextInt((int) (LocalDate.of(9999, 12, 31).toEpochDay() - first.toEpochDay() + 1)));
  }

  private static String mutate(Random random, String original, List<String> others) {
    StringBuilder b = new StringBuilder(original);
    int edits = 1 + random.nextInt(5);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(b.length() + 1);
      switch (random.nextInt(7)) {
        case 0 -> {
          if (at < b.length()) {
            b.setCharAt(at, CHARS.charAt(random.nextInt(CHARS.length())));
          }
        }
        case 1 -> {
          StringBuilder digits = new StringBuilder(" ");
          int n = 1 + random.nextInt(random.nextBoolean() ? 4 : 25);
          for (int d = 0; d < n; d++) {
            digits.append((char) ('0' + random.nextInt(10)));
          }
          b.insert(at, digits);
        }
        case 2, 3 -> b.insert(at, WORDS.get(random.nextInt(WORDS.size())));
        case 4 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(10)));
        case 5 -> {
          int end = Math.min(b.length(), at + 1 + random.nextInt(20));
          String run = b.substring(at, end);
          b.insert(random.nextInt(b.length() + 1), run.repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 50 : 3)));
        }
        default -> {
          String other = others.get(random.nextInt(others.size()));
          b.setLength(at);
          b.append(other.substring(random.nextInt(other.length() + 1)));
        }
      }
    }
    return b.toString();
  }
}
