package org.dossier.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.text.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One MEANTIME article (CAT XML) as the MEANTIME evaluations see it: the tokens joined into a body
 * (a space between tokens, a blank line between sentences) with the gold markables as spans of
 * that body. Only the first sentences of each article were annotated; {@code annotatedSentences}
 * counts them (up to the last sentence with a mention, event or time expression).
 *
 * @param sentences the span of each sentence, indexed by MEANTIME's sentence number
 * @param entityMentions the gold mentions of people, organisations and places, in document order
 * @param links the gold entities with a DBpedia reference and the spans of their name mentions
 * @param events the gold event mentions with their participants
 */
record MeantimeDocument(String name, String body, List<Span> sentences, int annotatedSentences,
    List<EntityMention> entityMentions, List<EntityLink> links, List<EventMention> events) {

  private static final String DBPEDIA = "http://dbpedia.org/resource/";

  /** A gold or predicted entity mention: where, and PER/ORG/LOC. */
  record EntityMention(Span span, String type) {}

  /** A gold entity's DBpedia resource (a Wikipedia title) and the spans of its name mentions. */
  record EntityLink(String title, List<Span> mentions) {}

  /** A gold event mention: its words, and the mentions of its participants (Arg0 apart). */
  record EventMention(Span trigger, List<Span> participants, List<Span> arg0) {}

  /** Whether the span lies inside one of the annotated sentences. */
  boolean inAnnotated(Span s) {
    for (int i = 0; i < annotatedSentences && i < sentences.size(); i++) {
      if (sentences.get(i).contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Where the last annotated sentence ends in the body. */
  int annotatedEnd() {
    return sentences.get(Math.max(0, Math.min(annotatedSentences, sentences.size()) - 1)).end();
  }

  static MeantimeDocument read(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = f.newDocumentBuilder().parse(file.toFile());
    NodeList tokens = xml.getElementsByTagName("token");
    StringBuilder body = new StringBuilder();
    Map<String, Span> tokenSpan = new HashMap<>();
    Map<String, Integer> tokenSentence = new HashMap<>();
    List<Span> sentences = new ArrayList<>();
    int current = -1;
    int sentenceStart = 0;
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      if (sentence != current) {
        if (current >= 0) {
          sentences.add(new Span(sentenceStart, body.length()));
          body.append("\n\n");
        }
        while (sentences.size() < sentence) {
          sentences.add(new Span(body.length(), body.length()));
        }
        current = sentence;
        sentenceStart = body.length();
      } else {
        body.append(' ');
      }
      int start = body.length();
      body.append(t.getTextContent());
      tokenSpan.put(t.getAttribute("t_id"), new Span(start, body.length()));
      tokenSentence.put(t.getAttribute("t_id"), sentence);
    }
    sentences.add(new Span(sentenceStart, body.length()));

    // every markable's span (the union of its tokens), and how far the annotation reaches
    Map<String, Span> mentionSpan = new HashMap<>();
    Set<String> names = new HashSet<>();
    int annotated = 0;
    for (String tag : List.of("ENTITY_MENTION", "EVENT_MENTION", "TIMEX3")) {
      NodeList marks = xml.getElementsByTagName(tag);
      for (int i = 0; i < marks.getLength(); i++) {
        Element m = (Element) marks.item(i);
        NodeList anchors = m.getElementsByTagName("token_anchor");
        Span span = null;
        for (int j = 0; j < anchors.getLength(); j++) {
          String id = ((Element) anchors.item(j)).getAttribute("t_id");
          Span s = tokenSpan.get(id);
          if (s != null) {
            span = span == null ? s : span.union(s);
            annotated = Math.max(annotated, tokenSentence.get(id) + 1);
          }
        }
        if (span != null) {
          mentionSpan.put(m.getAttribute("m_id"), span);
        }
        if (tag.equals("ENTITY_MENTION") && m.getAttribute("syntactic_type").endsWith("NAM")) {
          names.add(m.getAttribute("m_id"));
        }
      }
    }

    // entity mentions: typed through REFERS_TO by their entity; DBpedia titles of the entities
    Map<String, String> entityType = new HashMap<>();
    Map<String, String> titleOf = new HashMap<>();
    NodeList entities = xml.getElementsByTagName("ENTITY");
    for (int i = 0; i < entities.getLength(); i++) {
      Element e = (Element) entities.item(i);
      entityType.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
      String ref = e.getAttribute("external_ref").strip();
      if (ref.startsWith(DBPEDIA)) {
        titleOf.put(e.getAttribute("m_id"), ref.substring(DBPEDIA.length()));
      }
    }
    Map<String, String> mentionType = new HashMap<>();
    Map<String, List<Span>> namesOf = new HashMap<>();
    NodeList refers = xml.getElementsByTagName("REFERS_TO");
    for (int i = 0; i < refers.getLength(); i++) {
      Element r = (Element) refers.item(i);
      NodeList targets = r.getElementsByTagName("target");
      if (targets.getLength() == 0) {
        continue;
      }
      String target = ((Element) targets.item(0)).getAttribute("m_id");
      NodeList sources = r.getElementsByTagName("source");
      for (int j = 0; j < sources.getLength(); j++) {
        String source = ((Element) sources.item(j)).getAttribute("m_id");
        mentionType.put(source, entityType.get(target));
        if (titleOf.containsKey(target) && names.contains(source) && mentionSpan.containsKey(source)) {
          namesOf.computeIfAbsent(target, k -> new ArrayList<>()).add(mentionSpan.get(source));
        }
      }
    }
    List<EntityMention> entityMentions = new ArrayList<>();
    NodeList mentions = xml.getElementsByTagName("ENTITY_MENTION");
    for (int i = 0; i < mentions.getLength(); i++) {
      String id = ((Element) mentions.item(i)).getAttribute("m_id");
      String type = mentionType.get(id);
      if (type != null && (type.equals("PER") || type.equals("ORG") || type.equals("LOC"))
          && mentionSpan.containsKey(id)) {
        entityMentions.add(new EntityMention(mentionSpan.get(id), type));
      }
    }
    List<EntityLink> links = new ArrayList<>();
    namesOf.forEach((target, spans) -> links.add(new EntityLink(titleOf.get(target), spans)));

    // event mentions and their participants
    Map<String, List<Span>> participants = new HashMap<>();
    Map<String, List<Span>> arg0 = new HashMap<>();
    NodeList hasParticipant = xml.getElementsByTagName("HAS_PARTICIPANT");
    for (int i = 0; i < hasParticipant.getLength(); i++) {
      Element l = (Element) hasParticipant.item(i);
      NodeList src = l.getElementsByTagName("source");
      NodeList tgt = l.getElementsByTagName("target");
      if (src.getLength() == 0 || tgt.getLength() == 0) {
        continue;
      }
      String event = ((Element) src.item(0)).getAttribute("m_id");
      Span who = mentionSpan.get(((Element) tgt.item(0)).getAttribute("m_id"));
      if (who != null) {
        participants.computeIfAbsent(event, k -> new ArrayList<>()).add(who);
        if (l.getAttribute("sem_role").equals("Arg0")) {
          arg0.computeIfAbsent(event, k -> new ArrayList<>()).add(who);
        }
      }
    }
    List<EventMention> events = new ArrayList<>();
    NodeList eventMentions = xml.getElementsByTagName("EVENT_MENTION");
    for (int i = 0; i < eventMentions.getLength(); i++) {
      String id = ((Element) eventMentions.item(i)).getAttribute("m_id");
      Span s = mentionSpan.get(id);
      if (s != null) {
        events.add(new EventMention(s, participants.getOrDefault(id, List.of()), arg0.getOrDefault(id, List.of())));
      }
    }
    String name = file.getFileName().toString().replaceAll("\\.xml$", "");
    return new MeantimeDocument(name, body.toString(), List.copyOf(sentences), annotated,
        List.copyOf(entityMentions), List.copyOf(links), List.copyOf(events));
  }
}
