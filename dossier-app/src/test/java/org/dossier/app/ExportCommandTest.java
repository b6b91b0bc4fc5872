package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportCommandTest extends CorpusCommandTest {

  private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

  @Test
  void writes_graphml_with_declared_keys_entities_as_nodes_and_three_kinds_of_edge() throws Exception {
    CliRun r = run("export", "--format", "graphml");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.OK);

    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    List<String> keys = new ArrayList<>();
    NodeList keyList = doc.getElementsByTagNameNS(GRAPHML, "key");
    for (int i = 0; i < keyList.getLength(); i++) {
      Element k = (Element) keyList.item(i);
      keys.add(k.getAttribute("for") + ":" + k.getAttribute("attr.name") + ":" + k.getAttribute("attr.type"));
    }
    assertThat(keys).contains("node:label:string", "node:type:string", "node:wikipedia:string", "edge:weight:double",
        "edge:kind:string", "edge:eventType:string", "edge:date:string");

    Map<String, Map<String, String>> nodes = new HashMap<>();
    NodeList nodeList = doc.getElementsByTagNameNS(GRAPHML, "node");
    for (int i = 0; i < nodeList.getLength(); i++) {
      Element n = (Element) nodeList.item(i);
      nodes.put(n.getAttribute("id"), data(n));
    }
    assertThat(nodes.values()).extracting(d -> d.get("n_label")).containsExactlyInAnyOrder("Amina Okafor", "Tomas Reyes",
        "Port Alder", "Northern Party", "Port Alder Harbour Authority");
    Map<String, String> okafor = nodes.values().stream().filter(d -> d.get("n_label").equals("Amina Okafor")).findFirst()
        .orElseThrow();
    assertThat(okafor).containsEntry("n_type", "PERSON").containsEntry("n_wikipedia",
        "https://en.wikipedia.org/wiki/Amina_Okafor").containsEntry("n_mentions", "4").containsEntry("n_articles", "2");

    List<String> edges = new ArrayList<>();
    NodeList edgeList = doc.getElementsByTagNameNS(GRAPHML, "edge");
    for (int i = 0; i < edgeList.getLength(); i++) {
      Element e = (Element) edgeList.item(i);
      assertThat(nodes).containsKeys(e.getAttribute("source"), e.getAttribute("target"));
      Map<String, String> d = data(e);
      String from = nodes.get(e.getAttribute("source")).get("n_label");
      String to = nodes.get(e.getAttribute("target")).get("n_label");
      edges.add(from + " -" + d.get("e_kind") + " " + d.getOrDefault("e_predicate", d.getOrDefault("e_eventType", ""))
          + " " + d.getOrDefault("e_date", "") + " " + d.get("e_weight") + "-> " + to);
    }
    assertThat(edges).contains(
        "Amina Okafor -relation member_of 2025-04-14 1.0-> Northern Party",
        "Amina Okafor -cooccurrence   2.0-> Tomas Reyes",
        "Amina Okafor -event CONSULT 2025-04-14 1.0-> Tomas Reyes",
        "Amina Okafor -event CONSULT 2025-04-13 1.0-> Tomas Reyes",
        "Amina Okafor -event DISAPPROVE 2025-05-02 1.0-> Tomas Reyes");
  }

  private static Map<String, String> data(Element e) {
    Map<String, String> out = new HashMap<>();
    NodeList data = e.getElementsByTagNameNS(GRAPHML, "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      out.put(d.getAttribute("key"), d.getTextContent());
    }
    return out;
  }

  @Test
  void writes_json_lines_of_entities_with_mentions_then_stories_with_reports_and_conflicts() throws Exception {
    CliRun r = run("export", "--format", "jsonl");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.OK);

    List<JsonNode> lines = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).extracting(l -> l.get("type").asText()).containsExactly("entity", "entity", "entity", "entity",
        "entity", "story", "story", "story", "story", "story");
    JsonNode okafor = lines.stream().filter(l -> l.path("name").asText().equals("Amina Okafor")).findFirst().orElseThrow();
    assertThat(okafor.get("entityType").asText()).isEqualTo("PERSON");
    assertThat(okafor.get("wikipedia").asText()).isEqualTo("Amina_Okafor");
    assertThat(okafor.get("mentions")).extracting(m -> m.get("article").asText() + ":" + m.get("start").asInt() + "-"
        + m.get("end").asInt()).containsExactly("herald-1:24-36", "herald-1:87-93", "times-7:0-12", "times-7:82-88");
    JsonNode met = lines.stream().filter(l -> l.path("eventType").asText().equals("CONSULT")).findFirst().orElseThrow();
    assertThat(met.get("reports")).extracting(x -> x.get("article").asText() + " " + x.get("day").asText())
        .containsExactly("times-7 2025-04-13", "herald-1 2025-04-14");
    assertThat(met.at("/conflicts/0/on").asText()).isEqualTo("date");
    assertThat(met.at("/conflicts/0/a/says").asText() + " / " + met.at("/conflicts/0/b/says").asText())
        .isEqualTo("2025-04-14 / 2025-04-13");
  }

  @Test
  void writes_csv_files_into_a_directory_and_overwrites_them_only_with_force() throws Exception {
    Path dir = temp.resolve("csv");
    CliRun r = run("export", "--format", "csv", "--out", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.OK);

    List<String> nodes = Files.readAllLines(dir.resolve("nodes.csv"));
    assertThat(nodes.get(0)).isEqualTo("id,name,type,wikipedia,mentions,articles");
    assertThat(nodes).hasSize(6).anyMatch(l -> l.matches("C[0-9a-f]{16},Amina Okafor,PERSON,"
        + "https://en.wikipedia.org/wiki/Amina_Okafor,4,2"));
    List<String> mentions = Files.readAllLines(dir.resolve("mentions.csv"));
    assertThat(mentions).hasSize(1 + 4 + 2 + 2 + 2 + 1).contains("entity,article,start,end");
    List<String> edges = Files.readAllLines(dir.resolve("edges.csv"));
    assertThat(edges.get(0)).isEqualTo("source,target,kind,predicate,weight,event_type,date,article,event");
    assertThat(edges).anyMatch(l -> l.matches("C\\w+,C\\w+,relation,member_of,1,,2025-04-14,herald-1,"));
    assertThat(edges).anyMatch(l -> l.matches("C\\w+,C\\w+,event,,1,CONSULT,2025-04-13,times-7,V3"));
    List<String> stories = Files.readAllLines(dir.resolve("stories.csv"));
    assertThat(stories).hasSize(1 + 6).anyMatch(l -> l.matches(
        "S\\w+,CONSULT,2025-04-13,2025-04-14,1,times-7,2025-05-02,Coastal Times,V3,2025-04-13,met,AUTHOR"));

    CliRun again = run("export", "--format", "csv", "--out", dir.toString());
    assertThat(again.exitCode()).isEqualTo(Main.USAGE);
    assertThat(again.errLines()).containsExactly("dossier: " + dir.resolve("nodes.csv") + " exists: give --force to overwrite it");
    assertThat(run("export", "--format", "csv", "--out", dir.toString(), "--force").exitCode()).isEqualTo(Main.OK);
  }

  @Test
  void writes_a_file_given_to_out_and_refuses_to_overwrite_it_without_force() throws Exception {
    Path file = temp.resolve("graph.graphml");
    Files.writeString(file, "keep me");

    CliRun refused = run("export", "--format", "graphml", "--out", file.toString());
    assertThat(refused.exitCode()).isEqualTo(Main.USAGE);
    assertThat(Files.readString(file)).isEqualTo("keep me");

    CliRun forced = run("export", "--format", "graphml", "--out", file.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(Main.OK);
    assertThat(forced.out()).isEmpty();
    assertThat(Files.readString(file)).startsWith("<?xml").contains("<data key=\"n_label\">Amina Okafor</data>");
  }

  @Test
  void quotes_csv_fields_with_commas_quotes_and_line_breaks() {
    assertThat(ExportCommand.Csv.quote("plain")).isEqualTo("plain");
    assertThat(ExportCommand.Csv.quote("Smith, John")).isEqualTo("\"Smith, John\"");
    assertThat(ExportCommand.Csv.quote("the \"Iron\" Lady")).isEqualTo("\"the \"\"Iron\"\" Lady\"");
    assertThat(ExportCommand.Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void csv_needs_a_directory() {
    assertThat(run("export", "--format", "csv").exitCode()).isEqualTo(Main.USAGE);
  }
}
