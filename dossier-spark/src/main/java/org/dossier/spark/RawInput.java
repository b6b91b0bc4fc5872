package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.Input;
import org.dossier.text.Article;
import org.dossier.text.Problem;

/** An {@link Input} as Spark moves it between tasks (the model's records stay free of Serializable). */
final class RawInput implements Serializable {

  private static final long serialVersionUID = 1L;

  final String id;
  final String date;
  final String title;
  final String source;
  final String url;
  final String body;
  final String where;
  final List<String[]> problems = new ArrayList<>(); // code, message, where or null

  RawInput(Input in) {
    Article a = in.article();
    this.id = a.id();
    this.date = a.date().map(LocalDate::toString).orElse(null);
    this.title = a.title().orElse(null);
    this.source = a.source().orElse(null);
    this.url = a.url().orElse(null);
    this.body = a.body();
    this.where = in.where();
    for (Problem p : in.problems()) {
      problems.add(new String[] {p.code(), p.message(), p.where().orElse(null)});
    }
  }

  Article article() {
    return new Article(id, Optional.ofNullable(date).map(LocalDate::parse), Optional.ofNullable(title),
        Optional.ofNullable(source), Optional.ofNullable(url), body);
  }

  List<Problem> problems() {
    List<Problem> out = new ArrayList<>(problems.size());
    for (String[] p : problems) {
      out.add(new Problem(p[0], p[1], Optional.ofNullable(p[2])));
    }
    return out;
  }

  Input input() {
    return new Input(article(), problems(), where);
  }
}
