package org.dossier.app.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.text.Article;
import org.dossier.text.Span;

/**
 * The linguistic layer of evaluation files kept in one tab-separated file, so that re-scoring
 * after a rule change takes seconds instead of re-running CoreNLP. Keyed by file name; the
 * texts themselves are not stored.
 */
final class AnnotationCache {

  private AnnotationCache() {}

  static Map<String, List<Sentence>> read(Path file) throws IOException {
    Map<String, List<Sentence>> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file)) {
      String line;
      List<Sentence> doc = null;
      List<Token> tokens = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      int[] span = new int[2];
      int index = 0;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "F" -> {
            doc = new ArrayList<>();
            out.put(f[1], doc);
          }
          case "S" -> {
            index = Integer.parseInt(f[1]);
            span[0] = Integer.parseInt(f[2]);
            span[1] = Integer.parseInt(f[3]);
            tokens = new ArrayList<>();
            deps = new ArrayList<>();
          }
          case "T" -> tokens.add(new Token(tokens.size(), new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])),
              f[3], f[4], f[5], f[6]));
          case "D" -> deps.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
          case "E" -> doc.add(new Sentence(index, new Span(span[0], span[1]), tokens, deps));
          default -> throw new IOException("bad annotation cache line: " + line.substring(0, Math.min(40, line.length())));
        }
      }
    }
    return out;
  }

  static void write(Path file, Map<String, AnnotatedArticle> docs) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (Map.Entry<String, AnnotatedArticle> e : docs.entrySet()) {
        w.write("F\t" + e.getKey() + "\n");
        for (Sentence s : e.getValue().sentences()) {
          w.write("S\t" + s.index() + "\t" + s.span().start() + "\t" + s.span().end() + "\n");
          for (Token t : s.tokens()) {
            w.write("T\t" + t.span().start() + "\t" + t.span().end() + "\t" + clean(t.word()) + "\t" + t.pos() + "\t"
                + clean(t.lemma()) + "\t" + t.ner() + "\n");
          }
          for (Dependency d : s.dependencies()) {
            w.write("D\t" + d.governor() + "\t" + d.dependent() + "\t" + d.relation() + "\n");
          }
          w.write("E\n");
        }
      }
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  static AnnotatedArticle article(Article a, List<Sentence> sentences) {
    return new AnnotatedArticle(a, sentences);
  }
}
