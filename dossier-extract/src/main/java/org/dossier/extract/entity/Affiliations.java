package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.entity.Reading.Described;
import org.dossier.extract.entity.Reading.Fact;
import org.dossier.text.Span;

/**
 * Attaches the descriptors read to the entities they describe, and reads the affiliations they
 * state: an organisation named in a person's descriptor ({@code member_of}, and {@code leader_of} or
 * {@code founder_of} by the role), and the members a group is said to include ({@code member_of}).
 */
final class Affiliations {

  private final Reading r;

  Affiliations(Reading r) {
    this.r = r;
  }

  /** Honorifics and described roles go to the entity of the mention they were read at. */
  void attachDescribed() {
    for (Map.Entry<Mention, Span> h : r.honorifics.entrySet()) {
      Cluster c = r.clusterOf.get(h.getKey());
      if (c != null) {
        c.descriptors.add(new Descriptor(h.getValue(), h.getValue().of(r.body()), List.of()));
      }
    }
    for (Described d : r.described) {
      Cluster c = r.clusterOf.get(d.target());
      if (c == null) {
        continue;
      }
      c.descriptors.add(d.descriptor());
      for (Mention a : d.affiliations()) {
        Cluster org = r.clusterOf.get(a);
        if (org == null || org == c || (org.type != EntityType.ORGANIZATION && org.type != EntityType.GROUP)) {
          continue;
        }
        String role = d.descriptor().role();
        r.facts.add(new Fact(c, "member_of", org, d.descriptor().span()));
        if (r.lex.isLeaderRole(role)) {
          r.facts.add(new Fact(c, "leader_of", org, d.descriptor().span()));
        }
        if (r.lex.isFounderRole(role)) {
          r.facts.add(new Fact(c, "founder_of", org, d.descriptor().span()));
        }
      }
    }
  }

  /** "notable American Pakistanis such as A, B and C": A, B and C are members of the group. */
  void memberships() {
    for (Mention g : r.nominals) {
      Cluster group = r.clusterOf.get(g);
      if (group == null || group.type != EntityType.GROUP) {
        continue;
      }
      Sentence s = r.sentences.get(g.sentence());
      int k = g.last() + 1;
      if (k + 1 < s.size() && lower(s.token(k)).equals("such") && lower(s.token(k + 1)).equals("as")) {
        k += 2;
      } else if (k < s.size() && lower(s.token(k)).equals("including")) {
        k += 1;
      } else if (k + 1 < s.size() && s.token(k).pos().equals(",") && lower(s.token(k + 1)).equals("including")) {
        k += 2;
      } else {
        continue;
      }
      int end = k;
      while (end < s.size() && !isClauseVerb(s.token(end)) && !s.token(end).word().equals(";")) {
        end++;
      }
      Descriptor asMember = groupDescriptor(g);
      for (Mention m : r.names) {
        if (m.sentence() == g.sentence() && m.first() >= k && m.last() < end && m.type() == EntityType.PERSON) {
          Cluster c = r.clusterOf.get(m);
          if (c != null && c != group) {
            r.facts.add(new Fact(c, "member_of", group, s.span(g.first(), m.last())));
            if (asMember != null) {
              c.descriptors.add(asMember);
            }
          }
        }
      }
    }
  }

  private Descriptor groupDescriptor(Mention g) {
    Sentence s = r.sentences.get(g.sentence());
    List<String> demonyms = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    for (int k = g.first(); k <= g.last(); k++) {
      Token t = s.token(k);
      if (t.isCapitalized() && r.lex.demonymOf(t.word()).isPresent()) {
        String w = t.word();
        demonyms.add(k == g.head() && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      } else if (r.lex.isQualifier(lower(t))) {
        qualifiers.add(lower(t));
      }
    }
    return demonyms.isEmpty() ? null : new Descriptor(g.span(), String.join(" ", demonyms), qualifiers);
  }

  private static boolean isClauseVerb(Token t) {
    String p = t.pos();
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || p.equals("VB");
  }
}
