package org.dossier.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.store.Edge;
import org.dossier.store.ExportEntity;
import org.dossier.store.Store;
import org.dossier.store.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dossier export}: the corpus graph for Gephi (GraphML), pandas (CSV) or scripts (JSON Lines). */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the corpus: its entities, the edges between them and its stories.",
      "graphml: one graph for Gephi; nodes are corpus entities (label, type, wikipedia, mentions, articles), edges are"
          + " relations (kind relation, predicate, article), co-occurrence (kind cooccurrence, undirected, weight ="
          + " articles in common) and events (kind event, eventType, date, article, event).",
      "csv: a directory (--out, required) with nodes.csv, edges.csv, mentions.csv and stories.csv (one row per report).",
      "jsonl: one line per corpus entity {\"type\":\"entity\", id, name, entityType, wikipedia, mentions:[{article,"
          + " start, end}]}, then one per story {\"type\":\"story\", id, eventType, firstDay, lastDay, reports, conflicts}.",
      "Written to standard output unless --out is given; an existing file is not overwritten without --force.",
      "Exit codes: 0 ok, 2 usage (an existing --out without --force), 3 environment (no corpus, disk)."
    })
final class ExportCommand implements Callable<Integer> {

  enum Format {
    graphml,
    csv,
    jsonl
  }

  static final List<String> CSV_FILES = List.of("nodes.csv", "edges.csv", "mentions.csv", "stories.csv");

  @Mixin StoreOptions corpus;

  @Option(names = "--format", required = true, paramLabel = "graphml|csv|jsonl", description = "graphml, csv or jsonl.")
  Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "The file (a directory for csv). Default: standard output.")
  Path out;

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (format == Format.csv && out == null) {
      throw new ParameterException(spec.commandLine(), "--format csv writes a directory: give --out DIR");
    }
    List<Path> targets = format == Format.csv ? CSV_FILES.stream().map(f -> out.resolve(f)).toList()
        : out == null ? List.of() : List.of(out);
    if (format == Format.csv && Files.exists(out) && !Files.isDirectory(out)) {
      System.err.println("dossier: " + out + " is a file: --format csv writes a directory");
      return Main.USAGE;
    }
    if (!force) {
      for (Path t : targets) {
        if (Files.exists(t)) {
          System.err.println("dossier: " + t + " exists: give --force to overwrite it");
          return Main.USAGE;
        }
      }
    }
    return corpus.run((store, stdout) -> {
      stdout.flush();
      if (format == Format.csv) {
        Files.createDirectories(out);
        csv(store, out);
        return Main.OK;
      }
      if (out != null && out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      try (OutputStream sink = out == null ? new Unclosed(System.out) : new BufferedOutputStream(Files.newOutputStream(out))) {
        if (format == Format.graphml) {
          graphml(store, sink);
        } else {
          jsonl(store, sink);
        }
      }
      return Main.OK;
    });
  }

  /** Standard output, flushed but left open at the end. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  // JSON Lines

  private static void jsonl(Store store, OutputStream sink) throws IOException {
    PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8)));
    store.exportEntities(e -> {
      ObjectNode n = Json.object().put("type", "entity").put("id", e.corpusId()).put("name", e.name())
          .put("entityType", e.type().name());
      Json.put(n, "wikipedia", e.wikipedia());
      ArrayNode mentions = n.putArray("mentions");
      e.mentions().forEach(m -> mentions.addObject().put("article", m.articleId()).put("start", m.span().start())
          .put("end", m.span().end()));
      w.println(Json.line(n));
    });
    store.exportStories(s -> w.println(Json.line(story(s))));
    w.flush();
    if (w.checkError()) {
      throw new IOException("cannot write the export");
    }
  }

  private static ObjectNode story(StoryView s) {
    ObjectNode n = Json.object().put("type", "story").put("id", s.id()).put("eventType", s.type().name());
    Json.put(n, "firstDay", s.firstDay());
    Json.put(n, "lastDay", s.lastDay());
    ArrayNode reports = n.putArray("reports");
    for (StoryView.Report r : s.reports()) {
      ObjectNode rn = Json.object().put("article", r.article().articleId());
      Json.put(rn, "date", r.article().date());
      Json.put(rn, "outlet", r.article().outlet());
      rn.put("event", r.eventId());
      Json.put(rn, "day", r.day());
      rn.put("trigger", r.trigger()).put("sourceKind", r.sourceKind().name());
      reports.add(rn);
    }
    ArrayNode conflicts = n.putArray("conflicts");
    for (StoryView.Conflict c : s.conflicts()) {
      ObjectNode cn = conflicts.addObject().put("on", c.on());
      cn.putObject("a").put("article", c.aArticleId()).put("event", c.aEventId()).put("says", c.aSays());
      cn.putObject("b").put("article", c.bArticleId()).put("event", c.bEventId()).put("says", c.bSays());
    }
    return n;
  }

  // GraphML

  private static final String[][] NODE_KEYS = {
    {"label", "string"}, {"type", "string"}, {"wikipedia", "string"}, {"mentions", "int"}, {"articles", "int"}
  };
  private static final String[][] EDGE_KEYS = {
    {"kind", "string"}, {"predicate", "string"}, {"weight", "double"}, {"eventType", "string"}, {"date", "string"},
    {"article", "string"}, {"event", "string"}
  };

  private static void graphml(Store store, OutputStream sink) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(sink, "UTF-8");
    try {
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      x.writeCharacters("\n");
      keys(x, "node", NODE_KEYS);
      keys(x, "edge", EDGE_KEYS);
      x.writeStartElement("graph");
      x.writeAttribute("id", "dossier");
      x.writeAttribute("edgedefault", "directed");
      x.writeCharacters("\n");
      store.exportEntities(e -> xml(() -> node(x, e)));
      long[] n = {0};
      store.exportEdges(e -> xml(() -> edge(x, e, "e" + n[0]++)));
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (UncheckedXml e) {
      throw e.getCause();
    } finally {
      x.close();
    }
  }

  private static void keys(XMLStreamWriter x, String forWhat, String[][] keys) throws XMLStreamException {
    for (String[] k : keys) {
      x.writeEmptyElement("key");
      x.writeAttribute("id", forWhat.charAt(0) + "_" + k[0]);
      x.writeAttribute("for", forWhat);
      x.writeAttribute("attr.name", k[0]);
      x.writeAttribute("attr.type", k[1]);
      x.writeCharacters("\n");
    }
  }

  private static void node(XMLStreamWriter x, ExportEntity e) throws XMLStreamException {
    x.writeStartElement("node");
    x.writeAttribute("id", e.corpusId());
    data(x, "n_label", e.name());
    data(x, "n_type", e.type().name());
    if (e.wikipedia().isPresent()) {
      data(x, "n_wikipedia", EntityCommand.wikipediaUrl(e.wikipedia().get()));
    }
    data(x, "n_mentions", String.valueOf(e.mentions().size()));
    data(x, "n_articles", String.valueOf(e.mentions().stream().map(ExportEntity.Mention::articleId).distinct().count()));
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void edge(XMLStreamWriter x, Edge e, String id) throws XMLStreamException {
    x.writeStartElement("edge");
    x.writeAttribute("id", id);
    x.writeAttribute("source", e.from());
    x.writeAttribute("target", e.to());
    if (e instanceof Edge.Related r) {
      data(x, "e_kind", "relation");
      data(x, "e_predicate", r.predicate());
      data(x, "e_weight", "1.0");
      r.article().date().ifPresent(d -> xml(() -> data(x, "e_date", d.toString())));
      data(x, "e_article", r.article().articleId());
    } else if (e instanceof Edge.CoOccurs c) {
      x.writeAttribute("directed", "false");
      data(x, "e_kind", "cooccurrence");
      data(x, "e_weight", String.valueOf((double) c.articles()));
    } else if (e instanceof Edge.InEvent v) {
      data(x, "e_kind", "event");
      data(x, "e_weight", "1.0");
      data(x, "e_eventType", v.type().name());
      v.day().ifPresent(d -> xml(() -> data(x, "e_date", d.toString())));
      data(x, "e_article", v.articleId());
      data(x, "e_event", v.eventId());
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private interface XmlWork {
    void run() throws XMLStreamException;
  }

  private static void xml(XmlWork work) {
    try {
      work.run();
    } catch (XMLStreamException e) {
      throw new UncheckedXml(e);
    }
  }

  private static final class UncheckedXml extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UncheckedXml(XMLStreamException cause) {
      super(cause);
    }

    @Override
    public synchronized XMLStreamException getCause() {
      return (XMLStreamException) super.getCause();
    }
  }

  // CSV

  private static void csv(Store store, Path dir) throws IOException {
    try (Csv nodes = new Csv(dir.resolve("nodes.csv"), "id", "name", "type", "wikipedia", "mentions", "articles");
        Csv mentions = new Csv(dir.resolve("mentions.csv"), "entity", "article", "start", "end")) {
      store.exportEntities(e -> {
        nodes.row(e.corpusId(), e.name(), e.type().name(), e.wikipedia().map(EntityCommand::wikipediaUrl).orElse(""),
            String.valueOf(e.mentions().size()),
            String.valueOf(e.mentions().stream().map(ExportEntity.Mention::articleId).distinct().count()));
        e.mentions().forEach(m -> mentions.row(e.corpusId(), m.articleId(), String.valueOf(m.span().start()),
            String.valueOf(m.span().end())));
      });
    }
    try (Csv edges = new Csv(dir.resolve("edges.csv"), "source", "target", "kind", "predicate", "weight", "event_type", "date",
        "article", "event")) {
      store.exportEdges(e -> {
        if (e instanceof Edge.Related r) {
          edges.row(r.from(), r.to(), "relation", r.predicate(), "1", "", date(r.article().date()), r.article().articleId(), "");
        } else if (e instanceof Edge.CoOccurs c) {
          edges.row(c.from(), c.to(), "cooccurrence", "", String.valueOf(c.articles()), "", "", "", "");
        } else if (e instanceof Edge.InEvent v) {
          edges.row(v.from(), v.to(), "event", "", "1", v.type().name(), date(v.day()), v.articleId(), v.eventId());
        }
      });
    }
    try (Csv stories = new Csv(dir.resolve("stories.csv"), "story", "event_type", "first_day", "last_day", "conflicts",
        "article", "article_date", "outlet", "event", "day", "trigger", "source_kind")) {
      store.exportStories(s -> s.reports().forEach(r -> stories.row(s.id(), s.type().name(), date(s.firstDay()),
          date(s.lastDay()), String.valueOf(s.conflicts().size()), r.article().articleId(), date(r.article().date()),
          r.article().outlet().orElse(""), r.eventId(), date(r.day()), r.trigger(), r.sourceKind().name())));
    }
  }

  private static String date(Optional<?> d) {
    return d.map(Object::toString).orElse("");
  }

  /** One CSV file (RFC 4180: commas, CRLF, fields with a comma, quote or line break quoted). */
  static final class Csv implements AutoCloseable {
    private final Writer w;

    Csv(Path file, String... header) throws IOException {
      w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      row(header);
    }

    void row(String... fields) {
      try {
        for (int i = 0; i < fields.length; i++) {
          if (i > 0) {
            w.write(',');
          }
          w.write(quote(fields[i]));
        }
        w.write("\r\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static String quote(String field) {
      boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
      return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
      w.close();
    }
  }

}
