package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.EntityType;
import org.dossier.text.Span;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;

/**
 * "I", "me" and "my" inside quotation marks are the person quoted: in {@code "I think it is the
 * thinnest notebook," Jobs said}, "I" is Jobs. A first-person singular pronoun becomes a mention
 * of the person an attribution names as its source when the pronoun stands between quotation
 * marks within that attribution's content. First-person plural ("we", "our") is left alone: it
 * may be the speaker's company, party or country. Pronouns outside quotation marks (an
 * interview's questions, a first-person column) are left alone too.
 */
public final class QuotedSpeakers {

  private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");

  private QuotedSpeakers() {}

  /** {@code layer} with the quoted first-person pronouns added to their speakers; the same layer when there are none. */
  public static EntityLayer apply(AnnotatedArticle text, EntityLayer layer, List<Attribution> claims) {
    String body = text.article().body();
    List<Span> quotes = quotes(body);
    if (quotes.isEmpty()) {
      return layer;
    }
    Map<EntityId, List<Mention>> added = new HashMap<>();
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        if (!FIRST_SINGULAR.contains(t.word().toLowerCase(java.util.Locale.ROOT)) || !t.pos().startsWith("PRP")
            || !inside(quotes, t.span()) || layer.entityCovering(t.span()).isPresent()) {
          continue;
        }
        speaker(claims, layer, t.span()).ifPresent(id -> added.computeIfAbsent(id, k -> new ArrayList<>())
            .add(new Mention(t.span(), s.index(), t.index(), t.index(), t.index(), Mention.Kind.PRONOUN,
                EntityType.PERSON)));
      }
    }
    return added.isEmpty() ? layer : layer.withMentions(added);
  }

  /** The person entity that is the source of the innermost attribution whose content holds {@code span}. */
  private static java.util.Optional<EntityId> speaker(List<Attribution> claims, EntityLayer layer, Span span) {
    Attribution best = null;
    for (Attribution a : claims) {
      if (a.content().contains(span) && a.sourceEntity().isPresent()
          && (best == null || a.content().length() < best.content().length())) {
        best = a;
      }
    }
    if (best == null) {
      return java.util.Optional.empty();
    }
    return best.sourceEntity().flatMap(layer::entity).filter(e -> e.type() == EntityType.PERSON).map(Entity::id);
  }

  /**
   * The spans between quotation marks: curly pairs, and straight double quotes paired within a
   * paragraph (a quotation running over paragraphs reopens each one with a quote mark, so an
   * unpaired mark at a paragraph's end is dropped rather than paired across the break).
   */
  static List<Span> quotes(String body) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    int straight = -1;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\u201C') {
        open = i;
      } else if (c == '\u201D' && open >= 0) {
        out.add(new Span(open + 1, i));
        open = -1;
      } else if (c == '"') {
        if (straight < 0) {
          straight = i;
        } else {
          out.add(new Span(straight + 1, i));
          straight = -1;
        }
      } else if (c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
        straight = -1;
        open = -1;
      }
    }
    return out;
  }

  private static boolean inside(List<Span> quotes, Span span) {
    for (Span q : quotes) {
      if (q.contains(span)) {
        return true;
      }
    }
    return false;
  }
}
