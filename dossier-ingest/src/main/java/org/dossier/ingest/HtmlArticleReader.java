package org.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * Reads one HTML page as one article: its main text is the body, its metadata the title, date,
 * source and URL ({@link HtmlExtraction}). The bytes are decoded strictly in the page's charset
 * (a byte order mark, else the charset the HTTP response or a {@code <meta>} declares, else
 * UTF-8), so a page that is not what it says is a {@code BAD_ENCODING}, not a body full of
 * replacement characters. The size is checked before anything is read, as for text files.
 */
final class HtmlArticleReader {

  /** Bytes searched for a {@code <meta charset>} declaration, as browsers do (the HTML standard's prescan). */
  private static final int PRESCAN = 4096;

  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

  private final ArticleChecks checks;
  private final long maxBytes;

  HtmlArticleReader(ArticleChecks checks, long maxBytes) {
    this.checks = checks;
    this.maxBytes = maxBytes;
  }

  /**
   * @param id the article id (the file name, or the path below a directory given)
   * @param where the file as the user can find it, for problems
   */
  Input read(Path file, String id, String where) {
    FileBytes loaded = FileBytes.read(file, id, where, maxBytes);
    if (loaded.failed() != null) {
      return loaded.failed();
    }
    byte[] bytes = loaded.bytes();
    return page(bytes, bytes.length, new Context(id, where, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  /**
   * Where a page came from, and what its container knows about it.
   *
   * @param charset the charset the HTTP response declares, if any
   * @param date the date to use when the page names none (a capture date), as {@code YYYY-MM-DD}
   * @param url the page's address, when the page does not give a canonical one
   */
  record Context(String id, String where, Optional<String> charset, Optional<String> date, Optional<String> url) {}

  /** The article in {@code bytes[0, length)}, an HTML page. */
  Input page(byte[] bytes, int length, Context context) {
    String id = context.id();
    String where = context.where();
    if (length == 0) {
      return ArticleChecks.failed(id, where, Problem.Codes.EMPTY, "is empty");
    }
    TextBytes.Result decoded = decode(bytes, length, context.charset());
    if (decoded instanceof TextBytes.Rejected r) {
      return ArticleChecks.failed(id, where, r.code(), r.message());
    }
    Document doc = parse(((TextBytes.Text) decoded).text(), context.url().orElse(""));
    HtmlExtraction.Page page = HtmlExtraction.extract(doc);
    if (page.body().isBlank()) {
      return ArticleChecks.failed(id, where, Problem.Codes.EMPTY, "is an HTML page without text");
    }
    return checks.check(id, where, page.date().or(context::date), page.title(), page.source(),
        page.url().or(context::url), page.body());
  }

  /**
   * The page's tree. jsoup's HTML tree builder throws on some pages where formatting elements
   * ({@code <b>}, {@code <i>}) are reopened at its depth limit of 512 levels; such a page is read
   * by jsoup's XML parser instead, which keeps the tags as written, and its nodes put in the body
   * of an empty HTML page, so that its text is still the article.
   */
  static Document parse(String html, String baseUri) {
    try {
      return Jsoup.parse(html, baseUri);
    } catch (RuntimeException e) {
      Document xml = Parser.xmlParser().parseInput(html, baseUri);
      Document page = Document.createShell(baseUri);
      for (Node node : new ArrayList<>(xml.childNodes())) {
        if (!(node instanceof DocumentType) && !(node instanceof XmlDeclaration)) {
          page.body().appendChild(node);
        }
      }
      return page;
    }
  }

  /** The page as text, or why it cannot be decoded. */
  private static TextBytes.Result decode(byte[] bytes, int length, Optional<String> declared) {
    int start = 0;
    Charset charset;
    String why;
    if (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      charset = StandardCharsets.UTF_8;
      start = 3;
      why = "as its byte order mark says";
    } else if (length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      start = 2;
      why = "as its byte order mark says";
    } else if (length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      start = 2;
      why = "as its byte order mark says";
    } else {
      for (int i = 0; i < length; i++) {
        if (bytes[i] == 0) {
          return new TextBytes.Rejected(Problem.Codes.BINARY, "contains a NUL byte at byte " + i + ": a binary file, not an HTML page");
        }
      }
      Optional<Charset> http = declared.flatMap(HtmlArticleReader::charset);
      Optional<Charset> meta = http.isPresent() ? Optional.empty() : metaCharset(bytes, length);
      charset = http.or(() -> meta).orElse(StandardCharsets.UTF_8);
      why = http.isPresent() ? "as its HTTP response declares" : meta.isPresent() ? "as its <meta> declares" : "no charset is declared";
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start + 16);
    CoderResult result;
    while (true) {
      result = decoder.decode(in, out, true);
      if (result.isOverflow()) {
        out = CharBuffer.allocate(out.capacity() * 2).put(out.flip());
        continue;
      }
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      break;
    }
    if (result.isError()) {
      int at = in.position();
      return new TextBytes.Rejected(Problem.Codes.BAD_ENCODING, String.format(Locale.ROOT,
          "is not valid %s (%s): byte %d is 0x%02X; declare its real charset with <meta charset=...> or save it as UTF-8",
          charset.name(), why, at, bytes[at] & 0xFF));
    }
    return new TextBytes.Text(out.flip().toString());
  }

  /** The charset a {@code <meta>} near the top of the page declares, if Java knows it. */
  private static Optional<Charset> metaCharset(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  /**
   * A charset by name; a UTF-16 or UTF-32 name on bytes without a byte order mark means UTF-8 (the
   * declaration itself was readable as ASCII), and Latin-1 or ASCII means Windows-1252, as the
   * HTML standard says.
   */
  private static Optional<Charset> charset(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("utf-16") || n.startsWith("utf-32") || n.startsWith("utf16") || n.startsWith("utf32")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // an unknown name: read as UTF-8, which says so if it is wrong
    }
  }
}
