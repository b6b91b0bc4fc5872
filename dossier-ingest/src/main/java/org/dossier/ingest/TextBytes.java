package org.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.dossier.text.Problem;

/**
 * Bytes as UTF-8 text, or why they are not text: a binary file (NUL bytes, mostly control
 * characters), UTF-16, or invalid UTF-8 at a given byte offset. Strict on purpose: a replacement
 * character silently put in the body would shift nothing but would hide a wrongly saved file.
 */
final class TextBytes {

  /** The result of decoding: the text, or a fatal problem code with its message. */
  sealed interface Result permits Text, Rejected {}

  /** Decoded text, without a byte order mark. */
  record Text(String text) implements Result {}

  /** Not UTF-8 text; {@code code} is {@code BINARY} or {@code BAD_ENCODING}. */
  record Rejected(String code, String message) implements Result {}

  /** Control characters above this share of all characters make text binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private TextBytes() {}

  /**
   * Decodes {@code bytes[0, length)} as UTF-8.
   *
   * @param firstByte the offset in the file of {@code bytes[0]}, so that messages give file offsets
   */
  static Result decode(byte[] bytes, int length, long firstByte) {
    if (length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return new Rejected(Problem.Codes.BAD_ENCODING,
          "is UTF-16, not UTF-8: convert it first (e.g. iconv -f UTF-16 -t UTF-8)");
    }
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return new Rejected(Problem.Codes.BINARY,
            "contains a NUL byte at byte " + (firstByte + i) + ": a binary file, not text");
      }
    }
    int start = length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      return new Rejected(Problem.Codes.BAD_ENCODING, String.format(Locale.ROOT,
          "is not valid UTF-8: byte %d is 0x%02X; save it as UTF-8 (it may be Latin-1 or Windows-1252)",
          firstByte + at, bytes[at] & 0xFF));
    }
    out.flip();
    String text = out.toString();
    Optional<String> binary = controlCharacters(text);
    if (binary.isPresent()) {
      return new Rejected(Problem.Codes.BINARY, binary.get());
    }
    return new Text(text);
  }

  /**
   * Why decoded text looks binary (a NUL, or more than a tenth control characters other than
   * tabs, line breaks and form feeds), if it does. Used for JSON strings too, where {@code \u0000}
   * can be escaped.
   */
  static Optional<String> controlCharacters(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Optional.of("contains a NUL character: binary data, not text");
      }
      if (isControl(c)) {
        control++;
      }
    }
    if (control >= 2 && control > MAX_CONTROL_SHARE * text.length()) {
      return Optional.of(String.format(Locale.ROOT,
          "%d%% of its characters are control characters: binary data, not text",
          Math.round(100.0 * control / text.length())));
    }
    return Optional.empty();
  }

  private static boolean isControl(char c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
  }
}
