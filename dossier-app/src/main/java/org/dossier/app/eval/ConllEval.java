package org.dossier.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.app.Pipeline;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.extract.entity.Mention;
import org.dossier.nlp.CoreNlpAnnotator;
import org.dossier.text.Article;
import org.dossier.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval conll FILE}: entity-level exact-match F1 (conlleval's way: a chunk counts
 * only with its exact tokens and type) per type on a CoNLL-2003 file, for Dossier's entity layer,
 * for the raw tags of the 4-class CRF it starts from, and for the stock CoreNLP pipeline.
 *
 * <p>Each document's tokens are joined by spaces and its sentences by blank lines, so the
 * annotator sees the text as written; predicted spans are mapped back onto the file's tokens.
 */
@Command(name = "conll", mixinStandardHelpOptions = true,
    description = "Entity F1 on a CoNLL-2003 file (e.g. eng.testa), Dossier beside the stock CoreNLP pipeline.")
public final class ConllEval implements Callable<Integer> {

  @Parameters(index = "0", description = "a CoNLL-2003 file (word ... tag per line, IOB tags)")
  Path file;

  @Option(names = "--no-stock", description = "skip the stock CoreNLP pipeline (it loads in over a minute)")
  boolean noStock;

  @Option(names = "--limit", description = "score only the first N documents")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--diff", description = "print the chunks where Dossier and the CRF differ")
  boolean diff;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** One document of the file: its text and gold chunks over the file's tokens. */
  record Doc(String body, List<Span> tokens, Set<String> gold) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Doc> docs = read(file);
    if (docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    out.printf(Locale.ROOT, "%s: %d documents%n", file, docs.size());
    Annotator fast = Pipeline.processor().annotator();
    EntityExtractor extractor = new EntityExtractor();
    Score ours = new Score();
    Score crf = new Score();
    long entityNanos = 0;
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      AnnotatedArticle a = fast.annotate(Article.of("conll-" + i, null, d.body()));
      long t0 = System.nanoTime();
      EntityLayer layer = extractor.extract(a);
      entityNanos += System.nanoTime() - t0;
      Set<String> o = chunks(d, ours(a, layer));
      Set<String> c = chunks(d, tagged(a, false));
      ours.add(d.gold(), o);
      crf.add(d.gold(), c);
      if (diff) {
        for (String x : o) {
          if (!c.contains(x)) {
            out.println((d.gold().contains(x) ? "+ours " : "-ours ") + show(d, x));
          }
        }
        for (String x : c) {
          if (!o.contains(x)) {
            out.println((d.gold().contains(x) ? "+crf  " : "-crf  ") + show(d, x));
          }
        }
      }
    }
    print(out, "dossier (entity layer)", ours);
    print(out, "corenlp 4-class CRF (dossier's input)", crf);
    out.printf(Locale.ROOT, "entity layer: %.2f ms/document%n", entityNanos / 1e6 / Math.max(1, docs.size()));
    if (!noStock) {
      out.flush();
      Annotator stock = CoreNlpAnnotator.stock();
      Score st = new Score();
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        AnnotatedArticle a = stock.annotate(Article.of("conll-" + i, null, d.body()));
        st.add(d.gold(), chunks(d, tagged(a, true)));
      }
      print(out, "stock corenlp pipeline", st);
    }
    return 0;
  }

  private static String show(Doc d, String chunk) {
    String[] f = chunk.split("\\|");
    int a = Integer.parseInt(f[1]);
    int b = Integer.parseInt(f[2]);
    String words = d.body().substring(d.tokens().get(a).start(), d.tokens().get(b).end());
    int from = Math.max(0, d.tokens().get(a).start() - 40);
    int to = Math.min(d.body().length(), d.tokens().get(b).end() + 40);
    return f[0] + " [" + words + "]   ..." + d.body().substring(from, to).replace('\n', ' ') + "...";
  }

  private static void print(PrintWriter out, String name, Score s) {
    out.printf(Locale.ROOT, "%-40s %s%n", name, s.line());
    for (String t : s.types()) {
      out.printf(Locale.ROOT, "    %-4s F1 %.4f%n", t, s.f1(t));
    }
    out.flush();
  }

  /** Typed spans of Dossier's name mentions, plus the tagger's MISC words the layer leaves alone (nationalities). */
  static List<String[]> ours(AnnotatedArticle a, EntityLayer layer) {
    List<String[]> out = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    for (Mention m : layer.mentions()) {
      if (m.kind() != Mention.Kind.NAME) {
        continue;
      }
      // CoNLL has no facilities: a facility keeps the class the tagger gave its head
      String type = m.type() == EntityType.FACILITY
          ? fold(a.sentences().get(m.sentence()).token(m.head()).ner())
          : conllType(m.type());
      if (type != null) {
        out.add(new String[] {type, Integer.toString(m.span().start()), Integer.toString(m.span().end())});
        taken.add(m.span());
      }
    }
    for (String[] t : tagged(a, false)) {
      Span s = new Span(Integer.parseInt(t[1]), Integer.parseInt(t[2]));
      if (t[0].equals("MISC") && taken.stream().noneMatch(s::overlaps)) {
        out.add(t);
      }
    }
    return out;
  }

  static String conllType(EntityType t) {
    switch (t) {
      case PERSON:
        return "PER";
      case ORGANIZATION:
        return "ORG";
      case LOCATION:
      case FACILITY:
        return "LOC";
      case MISC:
      case NATIONALITY:
      case EVENT_NAME:
        return "MISC";
      default:
        return null;
    }
  }

  /** Maximal runs of one tag, as {type, start, end}; fine-grained stock tags folded into the four classes. */
  static List<String[]> tagged(AnnotatedArticle a, boolean fineGrained) {
    List<String[]> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      String cur = null;
      int start = 0;
      int end = 0;
      for (Token t : s.tokens()) {
        String type = fold(t.ner());
        if (type != null && type.equals(cur)) {
          end = t.span().end();
          continue;
        }
        if (cur != null) {
          out.add(new String[] {cur, Integer.toString(start), Integer.toString(end)});
        }
        cur = type;
        start = t.span().start();
        end = t.span().end();
      }
      if (cur != null) {
        out.add(new String[] {cur, Integer.toString(start), Integer.toString(end)});
      }
    }
    return out;
  }

  static String fold(String ner) {
    switch (ner) {
      case "PERSON":
        return "PER";
      case "ORGANIZATION":
        return "ORG";
      case "LOCATION":
      case "CITY":
      case "COUNTRY":
      case "STATE_OR_PROVINCE":
        return "LOC";
      case "MISC":
      case "NATIONALITY":
      case "RELIGION":
      case "IDEOLOGY":
        return "MISC";
      default:
        return null;
    }
  }

  /** Predicted spans as chunks over the file's tokens: {@code TYPE|first|last}. */
  static Set<String> chunks(Doc d, List<String[]> predicted) {
    Set<String> out = new HashSet<>();
    for (String[] p : predicted) {
      Span s = new Span(Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      int first = -1;
      int last = -1;
      for (int i = 0; i < d.tokens().size(); i++) {
        if (d.tokens().get(i).overlaps(s)) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      if (first >= 0) {
        out.add(p[0] + "|" + first + "|" + last);
      }
    }
    return out;
  }

  /** The documents of a CoNLL-2003 file, with gold chunks from its IOB1 or IOB2 tags. */
  static List<Doc> read(Path file) throws IOException {
    List<Doc> docs = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    List<Span> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean sentenceOpen = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          docs.add(new Doc(body.toString(), List.copyOf(tokens), gold(tags)));
        }
        body.setLength(0);
        tokens.clear();
        tags.clear();
        sentenceOpen = false;
        continue;
      }
      if (line.isBlank()) {
        if (sentenceOpen) {
          body.append("\n\n");
          tags.add("O");
          tokens.add(new Span(body.length(), body.length()));
          sentenceOpen = false;
        }
        continue;
      }
      String[] f = line.split(" ");
      if (sentenceOpen) {
        body.append(' ');
      }
      int start = body.length();
      body.append(f[0]);
      tokens.add(new Span(start, body.length()));
      tags.add(f[f.length - 1]);
      sentenceOpen = true;
    }
    if (!tokens.isEmpty()) {
      docs.add(new Doc(body.toString(), List.copyOf(tokens), gold(tags)));
    }
    return docs;
  }

  private static Set<String> gold(List<String> tags) {
    Set<String> out = new HashSet<>();
    String cur = null;
    int start = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String type = tag.equals("O") ? null : tag.substring(2);
      boolean begins = type != null && (tag.startsWith("B-") || !type.equals(cur));
      if (cur != null && (type == null || begins)) {
        out.add(cur + "|" + start + "|" + (i - 1));
        cur = null;
      }
      if (type != null && cur == null) {
        cur = type;
        start = i;
      }
    }
    return out;
  }
}
