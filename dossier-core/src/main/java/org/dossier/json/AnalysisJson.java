package org.dossier.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Event;
import org.dossier.analysis.Relation;
import org.dossier.analysis.SourcingProfile;
import org.dossier.analysis.TimeExpression;
import org.dossier.text.Article;
import org.dossier.text.Problem;
import org.dossier.text.Span;

/**
 * Writes an {@link Analysis} as the JSON contract. Field by field rather than by reflection, so
 * that the contract is visible here and cannot change by renaming a Java field.
 */
public final class AnalysisJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private AnalysisJson() {}

  /** One analysis as a single line of JSON (for JSON Lines). */
  public static String toLine(Analysis analysis) {
    StringWriter out = new StringWriter();
    write(analysis, out, false);
    return out.toString();
  }

  /** One analysis as indented JSON. */
  public static String toPrettyString(Analysis analysis) {
    StringWriter out = new StringWriter();
    write(analysis, out, true);
    return out.toString();
  }

  /**
   * Writes one analysis to {@code out}. Unpaired surrogates in the text are written as
   * {@code \\uXXXX} escapes, so the output encodes as UTF-8 without loss and every span still
   * matches the body.
   */
  public static void write(Analysis analysis, Writer out, boolean pretty) {
    LoneSurrogateEscaper escaped = new LoneSurrogateEscaper(out);
    try (JsonGenerator g = FACTORY.createGenerator(escaped)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      writeAnalysis(g, analysis);
      g.flush();
      escaped.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAnalysis(JsonGenerator g, Analysis a) throws IOException {
    String body = a.article().body();
    g.writeStartObject();
    g.writeNumberField("schema", Analysis.SCHEMA);
    writeArticle(g, a.article());

    g.writeArrayFieldStart("sentences");
    for (Span s : a.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("entities");
    for (Entity e : a.entities()) {
      writeEntity(g, e, body);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("times");
    for (TimeExpression t : a.times()) {
      writeTime(g, t, body);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("events");
    for (Event e : a.events()) {
      writeEvent(g, e, body);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("attributions");
    for (Attribution at : a.attributions()) {
      writeAttribution(g, at, body);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("relations");
    for (Relation r : a.relations()) {
      g.writeStartObject();
      g.writeStringField("subject", r.subject().value());
      g.writeStringField("predicate", r.predicate());
      g.writeStringField("object", r.object().value());
      g.writeFieldName("evidence");
      writeSpan(g, r.evidence(), body);
      g.writeEndObject();
    }
    g.writeEndArray();

    writeSourcing(g, a.sourcing());

    g.writeArrayFieldStart("problems");
    for (Problem p : a.problems()) {
      g.writeStartObject();
      g.writeStringField("code", p.code());
      g.writeStringField("message", p.message());
      if (p.where().isPresent()) {
        g.writeStringField("where", p.where().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeArticle(JsonGenerator g, Article article) throws IOException {
    g.writeObjectFieldStart("article");
    g.writeStringField("id", article.id());
    optional(g, "date", article.date().map(Object::toString));
    optional(g, "title", article.title());
    optional(g, "source", article.source());
    optional(g, "url", article.url());
    g.writeEndObject();
  }

  private static void writeEntity(JsonGenerator g, Entity e, String body) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id().value());
    g.writeStringField("type", e.type().name());
    optional(g, "subtype", e.subtype());
    optional(g, "name", e.name());
    g.writeArrayFieldStart("aliases");
    for (String alias : e.aliases()) {
      g.writeString(alias);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("mentions");
    for (Span m : e.mentions()) {
      writeSpan(g, m, body);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("descriptors");
    for (Descriptor d : e.descriptors()) {
      g.writeStartObject();
      spanFields(g, d.span(), body);
      g.writeStringField("role", d.role());
      g.writeArrayFieldStart("qualifiers");
      for (String q : d.qualifiers()) {
        g.writeString(q);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (e.link().isPresent()) {
      g.writeObjectFieldStart("link");
      g.writeStringField("kb", e.link().get().kb());
      g.writeStringField("id", e.link().get().id());
      g.writeNumberField("score", round(e.link().get().score()));
      g.writeEndObject();
    } else {
      g.writeNullField("link");
    }
    if (e.place().isPresent()) {
      var p = e.place().get();
      g.writeObjectFieldStart("place");
      g.writeNumberField("geonameId", p.geonameId());
      g.writeNumberField("lat", p.latitude());
      g.writeNumberField("lon", p.longitude());
      g.writeStringField("country", p.country());
      optional(g, "province", p.province());
      optional(g, "city", p.city());
      g.writeEndObject();
    } else {
      g.writeNullField("place");
    }
    g.writeEndObject();
  }

  private static void writeTime(JsonGenerator g, TimeExpression t, String body) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id().value());
    spanFields(g, t.span(), body);
    g.writeStringField("type", t.type().name());
    g.writeStringField("value", t.value());
    optional(g, "mod", t.mod());
    g.writeStringField("anchor", t.anchor().name());
    if (t.interval().isPresent()) {
      g.writeObjectFieldStart("interval");
      g.writeStringField("first", t.interval().get().first().toString());
      g.writeStringField("last", t.interval().get().last().toString());
      g.writeEndObject();
    } else {
      g.writeNullField("interval");
    }
    optional(g, "granularity", t.granularity().map(Enum::name));
    g.writeEndObject();
  }

  private static void writeEvent(JsonGenerator g, Event e, String body) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id().value());
    g.writeStringField("type", e.type().name());
    g.writeFieldName("trigger");
    writeSpan(g, e.trigger(), body);
    g.writeArrayFieldStart("participants");
    for (Event.Participant p : e.participants()) {
      g.writeStartObject();
      g.writeStringField("entity", p.entity().value());
      g.writeStringField("role", p.role().json());
      g.writeEndObject();
    }
    g.writeEndArray();
    optional(g, "time", e.time().map(Object::toString));
    g.writeStringField("timeSource", e.timeSource().json());
    optional(g, "place", e.place().map(Object::toString));
    optional(g, "attribution", e.attribution().map(Object::toString));
    g.writeStringField("polarity", e.polarity().json());
    g.writeStringField("modality", e.modality().json());
    g.writeNumberField("sentence", e.sentence());
    g.writeEndObject();
  }

  private static void writeAttribution(JsonGenerator g, Attribution a, String body) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id().value());
    g.writeStringField("kind", a.kind().name());
    g.writeFieldName("cue");
    writeSpan(g, a.cue(), body);
    if (a.source().isPresent()) {
      g.writeObjectFieldStart("source");
      spanFields(g, a.source().get(), body);
      optional(g, "entity", a.sourceEntity().map(Object::toString));
      g.writeEndObject();
    } else {
      g.writeNullField("source");
    }
    g.writeFieldName("content");
    writeSpan(g, a.content(), body);
    g.writeEndObject();
  }

  private static void writeSourcing(JsonGenerator g, SourcingProfile s) throws IOException {
    g.writeObjectFieldStart("sourcing");
    g.writeNumberField("claims", s.claims());
    kindCounts(g, "byKind", s.byKind());
    kindCounts(g, "cues", s.cues());
    g.writeNumberField("anonymousShare", round(s.anonymousShare()));
    g.writeEndObject();
  }

  private static void kindCounts(JsonGenerator g, String field, Map<Attribution.Kind, Integer> counts)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (Attribution.Kind k : Attribution.Kind.values()) {
      if (counts.containsKey(k)) {
        g.writeNumberField(k.name(), counts.get(k));
      }
    }
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, Span s, String body) throws IOException {
    g.writeStartObject();
    spanFields(g, s, body);
    g.writeEndObject();
  }

  private static void spanFields(JsonGenerator g, Span s, String body) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.of(body));
  }

  private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
