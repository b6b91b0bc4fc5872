package org.dossier.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotation.DependencyTree;
import org.dossier.text.Span;

/**
 * Keeps each content to its own cue when the families found several in one sentence: "X said A,
 * and Y said B" gives two attributions, not one whose content holds the other. A cue inside
 * another's complement ("sources said Khan told aides that ...") stays inside it.
 */
final class Overlaps {

  private Overlaps() {}

  static List<Found> separate(CueSentence s, List<Found> found) {
    if (found.size() < 2) {
      return found;
    }
    DependencyTree p = s.tree();
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      Span content = f.content();
      int fTok = tokenAt(p, f.cue().start());
      for (Found g : found) {
        if (g == f || !content.contains(g.cue())) {
          continue;
        }
        int gTok = tokenAt(p, g.cue().start());
        boolean according = gTok >= 0 && p.token(gTok).word().equalsIgnoreCase("according");
        // "..., chanting X ..., the Tribune reports": the inverted report frames the other cue, not the reverse
        // "X said A, adding B": the same speaker's next report, whatever clause the parse hung it on
        boolean sameSpeaker = gTok > fTok && fTok >= 0 && p.token(gTok).pos().equals("VBG")
            && Speakers.afterComma(p, gTok) && g.source().isPresent() && g.source().equals(f.source());
        boolean framed = g.content().contains(f.cue()) && gTok > fTok && gTok >= 0 && InvertedReports.inverted(p, gTok)
            || sameSpeaker;
        if (gTok >= 0 && fTok >= 0 && !according && !framed && (descends(p, gTok, fTok) || reportedBefore(p, gTok, fTok))
            && !parallel(s, gTok)) {
          continue;
        }
        if (gTok >= 0 && fTok >= 0 && p.token(fTok).word().equalsIgnoreCase("according") && !according && !framed) {
          continue; // "According to the Beacon, the documents reveal ...": the report is what the Beacon says
        }
        Span region = sameSpeaker ? g.cue() : g.source().map(g.cue()::union).orElse(g.cue());
        if (region.contains(content)) {
          content = new Span(content.start(), content.start()); // its "content" is another's source and cue
          break;
        }
        if (region.start() > f.cue().end() && region.start() > content.start()) {
          content = Contents.trimmed(p, content.start(), region.start());
        } else if (region.end() < content.end() && region.end() > content.start()) {
          content = Contents.trimmed(p, region.end(), content.end());
        }
      }
      if (!content.isEmpty()) {
        out.add(f.withContent(content, f.continues()));
      }
    }
    return out;
  }

  /**
   * True when a cue inside another's content makes a claim of its own rather than one the other
   * reports: a clause coordinated with the reported one ("X said A, and three-quarters said B",
   * "he said A but did not suggest B") or a relative clause ("a finish that he said defied
   * expectations"). A conjunct of a reported cue ("X said Y accused Z and vowed ...") stays inside.
   */
  private static boolean parallel(CueSentence s, int g) {
    DependencyTree p = s.tree();
    String r = p.relation(g);
    if (r.startsWith("acl:relcl")) {
      return true;
    }
    return r.equals("conj") && p.head(g) >= 0 && !s.isCue(p.head(g));
  }

  private static int tokenAt(DependencyTree p, int offset) {
    for (int i = 0; i < p.size(); i++) {
      if (p.token(i).span().contains(offset)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when {@code f} is an inverted cue ("..., Sabato said") and {@code g} lies in the clause it
   * reports, before it: "The come-from-behind express that worked ... would derail, Sabato said".
   */
  private static boolean reportedBefore(DependencyTree p, int g, int f) {
    if (!(p.head(f) >= 0 && p.head(f) < f && (p.relation(f).equals("parataxis") || p.relation(f).equals("ccomp")))
        || g > f) {
      return false;
    }
    boolean[] clause = p.subtree(p.head(f));
    boolean[] own = p.subtree(f);
    return clause[g] && !own[g];
  }

  /** True when {@code node} lies under {@code ancestor}'s complement clause. */
  private static boolean descends(DependencyTree p, int node, int ancestor) {
    for (int x = node, steps = 0; x >= 0 && steps < 50; x = p.head(x), steps++) {
      if (p.head(x) == ancestor) {
        String r = p.relation(x);
        return r.equals("ccomp") || r.equals("xcomp") || r.equals("obj");
      }
    }
    return false;
  }
}
