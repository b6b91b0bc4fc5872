package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What an HTML page says as an article: its main text, title, date, source and URL.
 *
 * <p>The main text is the page's {@code <article>} (the one with the most text, when there are
 * several), else its {@code <main>}, else its {@code [role=main]}, else its {@code <body>}; from
 * it, everything that is not running text is left out: scripts, styles and other non-text
 * elements everywhere, then navigation, headers, footers, asides, forms, and elements whose class
 * or id names a menu, a footer, comments, sharing, related links, a cookie notice, a
 * subscription box or an advertisement. The text is written as paragraphs (one per {@code p},
 * heading, list item, quotation, {@code pre}, {@code div} and other block) separated by a blank
 * line, with whitespace inside a paragraph collapsed to single spaces. Every walk over the tree
 * is iterative and linear, so a deeply nested or huge page costs time in proportion to its size.
 */
final class HtmlExtraction {

  /** An article as a page gives it; the date is as written, still to be checked. */
  record Page(Optional<String> title, Optional<String> date, Optional<String> source, Optional<String> url, String body) {}

  /** Elements that never hold running text, wherever they are. */
  private static final String NOT_TEXT = "script, style, noscript, iframe, template, svg, math, object, embed, canvas,"
      + " video, audio, select, button, input, textarea, [hidden]";

  /** Page furniture around the article's text. */
  private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "menu", "dialog");

  /**
   * Page furniture unless it holds most of the text: a search or login form, but not the form
   * that ASP.NET pages wrap around everything.
   */
  private static final Set<String> SMALL_FURNITURE = Set.of("form");

  /** Words in a class or id that name page furniture ({@code site-nav}, {@code shareButtons}, {@code ad}). */
  private static final Set<String> FURNITURE_WORDS = Set.of(
      "nav", "navbar", "navigation", "menu", "footer", "comment", "comments", "share", "sharing", "related",
      "cookie", "cookies", "subscribe", "subscription", "newsletter", "ad", "ads", "advert", "adverts",
      "advertisement", "breadcrumb", "breadcrumbs");

  /** Where a class or id splits into words: separators and lower-to-upper case changes. */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s_\\-.:]+|(?<=\\p{Ll})(?=\\p{Lu})");

  /** Elements that make a paragraph of their own. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article", "main",
      "header", "footer", "aside", "nav", "address", "figure", "figcaption", "dl", "dt", "dd", "ol", "ul", "table",
      "caption", "thead", "tbody", "tfoot", "tr", "hr", "details", "summary", "fieldset", "center", "body", "html");

  /** Table cells: separated by a space within their row. */
  private static final Set<String> CELLS = Set.of("td", "th");

  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[property=og:published_time]", "meta[name=og:published_time]",
      "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=dc.date]",
      "meta[name=dc.date.issued]", "meta[name=dcterms.date]", "meta[name=dcterms.issued]");

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private HtmlExtraction() {}

  /** The article in {@code doc}. */
  static Page extract(Document doc) {
    Optional<String> title = meta(doc, "meta[property=og:title], meta[name=og:title]")
        .or(() -> clean(doc.title()))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).flatMap(h -> clean(h.text())));
    Optional<String> source = meta(doc, "meta[property=og:site_name], meta[name=og:site_name]")
        .or(() -> meta(doc, "meta[name=application-name]"));
    if (title.isPresent() && source.isPresent()) {
      title = Optional.of(withoutSiteName(title.get(), source.get()));
    }
    Optional<String> url = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
        .flatMap(l -> clean(l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href")))
        .or(() -> meta(doc, "meta[property=og:url], meta[name=og:url]"));
    // elements are marked, not removed: removing many siblings one by one costs quadratic time
    Set<Node> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
    skipped.addAll(doc.select(NOT_TEXT));
    Map<Node, Integer> lengths = textLengths(doc, skipped);
    Element root = mainElement(doc, lengths);
    Optional<String> date = metaDate(doc).or(() -> timeIn(root)).or(() -> jsonLdDate(doc)).map(HtmlExtraction::iso);
    markFurniture(root, lengths, skipped);
    return new Page(title, date, source, url, paragraphs(root, skipped));
  }

  /** {@code Talks resume | The Daily} without {@code | The Daily}, when the page's source is The Daily. */
  private static String withoutSiteName(String title, String source) {
    for (String separator : List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ")) {
      String suffix = separator + source;
      if (title.length() > suffix.length() && title.regionMatches(true, title.length() - suffix.length(), suffix, 0, suffix.length())) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static Element mainElement(Document doc, Map<Node, Integer> lengths) {
    Element best = null;
    for (Element article : doc.select("article")) {
      if (best == null || length(lengths, article) > length(lengths, best)) {
        best = article;
      }
    }
    if (best != null && length(lengths, best) > 0) {
      return best;
    }
    for (String query : List.of("main", "[role=main]")) {
      Element e = doc.selectFirst(query);
      if (e != null && length(lengths, e) > 0) {
        return e;
      }
    }
    return doc.body();
  }

  /** The characters of text below every element (skipped ones count nothing), in one walk. */
  private static Map<Node, Integer> textLengths(Document doc, Set<Node> skipped) {
    Map<Node, Integer> lengths = new IdentityHashMap<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        return skipped.contains(node) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        int own = node instanceof TextNode t ? t.getWholeText().length() : lengths.getOrDefault(node, 0);
        Node parent = node.parentNode();
        if (parent != null && own > 0) {
          lengths.merge(parent, own, Integer::sum);
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
    return lengths;
  }

  private static int length(Map<Node, Integer> lengths, Element e) {
    return lengths.getOrDefault(e, 0);
  }

  /**
   * Marks page furniture below {@code root} as skipped: furniture elements, and forms and
   * elements whose class or id names furniture unless they hold most of the root's text (a
   * wrapper called {@code nav-open}, an ASP.NET page's form).
   */
  private static void markFurniture(Element root, Map<Node, Integer> lengths, Set<Node> skipped) {
    int half = length(lengths, root) / 2;
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      boolean small = length(lengths, e) <= half;
      if (FURNITURE.contains(e.normalName()) || small && (SMALL_FURNITURE.contains(e.normalName()) || namesFurniture(e))) {
        skipped.add(e);
      }
    }
  }

  private static boolean namesFurniture(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    for (String word : WORD_BREAK.split(names)) {
      if (FURNITURE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The text below {@code root}, one paragraph per block, separated by blank lines. */
  private static String paragraphs(Element root, Set<Node> skipped) {
    Paragraphs out = new Paragraphs();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (skipped.contains(node)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode t) {
          out.text(t.getWholeText());
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (BLOCKS.contains(tag)) {
            out.breakParagraph();
          } else if (tag.equals("br")) {
            out.lineBreak();
          } else if (CELLS.contains(tag)) {
            out.space();
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (BLOCKS.contains(tag)) {
            out.breakParagraph();
          } else if (CELLS.contains(tag)) {
            out.space();
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return out.toString();
  }

  /** Text collected into paragraphs with whitespace collapsed. */
  private static final class Paragraphs {
    private final StringBuilder text = new StringBuilder();
    private int paragraphStart;
    private boolean pendingSpace;
    private int lineBreaks;

    void text(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\u200B') {
          continue; // a zero-width space: a place to break a line, not a space
        }
        if (Character.isWhitespace(c) || c == '\u00A0') {
          pendingSpace = true;
          continue;
        }
        if (lineBreaks >= 2) {
          breakParagraph();
        }
        lineBreaks = 0;
        if (text.length() > paragraphStart && pendingSpace) {
          text.append(' ');
        }
        pendingSpace = false;
        text.append(c);
      }
    }

    void space() {
      pendingSpace = true;
    }

    /** A {@code <br>}: a space, and two in a row end the paragraph. */
    void lineBreak() {
      pendingSpace = true;
      lineBreaks++;
    }

    void breakParagraph() {
      lineBreaks = 0;
      pendingSpace = false;
      if (text.length() > paragraphStart) {
        text.append("\n\n");
        paragraphStart = text.length();
      }
    }

    @Override
    public String toString() {
      return text.length() > paragraphStart ? text.toString() : text.substring(0, Math.max(0, paragraphStart - 2));
    }
  }

  private static Optional<String> meta(Document doc, String query) {
    for (Element e : doc.select(query)) {
      Optional<String> content = clean(e.attr("content"));
      if (content.isPresent()) {
        return content;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> metaDate(Document doc) {
    for (String query : DATE_META) {
      Optional<String> d = meta(doc, query);
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      Optional<String> d = clean(e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> timeIn(Element root) {
    Element time = root.selectFirst("time[datetime]");
    return time == null ? Optional.empty() : clean(time.attr("datetime"));
  }

  /** The first {@code datePublished} string in the page's JSON-LD blocks, searched breadth first. */
  private static Optional<String> jsonLdDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode tree;
      try {
        tree = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        continue; // metadata that cannot be read is no metadata; the page is still an article
      }
      Deque<JsonNode> todo = new ArrayDeque<>();
      if (tree != null) {
        todo.add(tree);
      }
      while (!todo.isEmpty()) {
        JsonNode node = todo.poll();
        JsonNode date = node.get("datePublished");
        if (date != null && date.isTextual() && !date.asText().isBlank()) {
          return Optional.of(date.asText().strip());
        }
        node.forEach(todo::add);
      }
    }
    return Optional.empty();
  }

  /**
   * A date as ISO {@code YYYY-MM-DD...} when it is written in the web's other common form
   * ({@code Mon, 14 Apr 2025 09:30:00 GMT}); anything else as written, for {@link Dates} to judge.
   */
  static String iso(String date) {
    try {
      return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
    } catch (DateTimeParseException e) {
      return date;
    }
  }

  private static Optional<String> clean(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String collapsed = s.replaceAll("[\\s\\u00A0]+", " ").strip();
    return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
  }
}
