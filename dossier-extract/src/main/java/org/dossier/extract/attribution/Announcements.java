package org.dossier.extract.attribution;

import java.util.List;
import org.dossier.annotation.Sentence;
import org.dossier.text.Span;

/**
 * A cue whose own content is only an announcement ("Sources shared key insights from the
 * meetings.", "She said:") covers the following sentences of its paragraph until another cue.
 */
final class Announcements {

  private Announcements() {}

  /** Extends an announcement's content over the rest of its paragraph, up to the next cue. */
  static Found continueOver(Found f, List<Sentence> sentences, boolean[] hasCue, String body) {
    Span content = f.content();
    int end = content.end();
    for (int next = f.sentence() + 1; next < sentences.size(); next++) {
      Span prev = sentences.get(next - 1).span();
      Span here = sentences.get(next).span();
      if (body.substring(prev.end(), here.start()).indexOf('\n') >= 0 || hasCue[next]) {
        break;
      }
      end = here.end();
    }
    if (end == content.end()) {
      return f;
    }
    int start = content.isEmpty() ? sentences.get(f.sentence() + 1).span().start() : content.start();
    return f.withContent(new Span(start, end), false);
  }
}
