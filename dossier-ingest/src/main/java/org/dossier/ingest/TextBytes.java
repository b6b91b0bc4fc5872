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
    Optional<String> wide = wideEncoding(bytes, length);
    if (wide.isPresent()) {
      return new Rejected(Problem.Codes.BAD_ENCODING, "is " + wide.get() + ", not UTF-8: convert it first (e.g. iconv -f "
          + wide.get().replaceAll(" .*", "") + " -t UTF-8)");
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
   * The wide Unicode encoding the bytes are in, if they are UTF-32 or UTF-16: by the byte order
   * mark, or, without one, by the zero bytes that ASCII characters leave in every second (UTF-16)
   * or in three of every four (UTF-32) places. Looked at before NUL bytes make a file binary.
   */
  static Optional<String> wideEncoding(byte[] bytes, int length) {
    if (length >= 4 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0 && bytes[3] == 0) {
      return Optional.of("UTF-32LE");
    }
    if (length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF) {
      return Optional.of("UTF-32BE");
    }
    if (length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return Optional.of("UTF-16LE");
    }
    if (length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return Optional.of("UTF-16BE");
    }
    int n = Math.min(length, 4096) & ~3;
    if (n < 8) {
      return Optional.empty();
    }
    int[] zeros = new int[4];
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        zeros[i & 3]++;
      }
    }
    int quarter = n / 4;
    if (zeros[1] > 0.9 * quarter && zeros[2] > 0.9 * quarter && zeros[3] > 0.9 * quarter && zeros[0] < 0.1 * quarter) {
      return Optional.of("UTF-32LE (no byte order mark)");
    }
    if (zeros[0] > 0.9 * quarter && zeros[1] > 0.9 * quarter && zeros[2] > 0.9 * quarter && zeros[3] < 0.1 * quarter) {
      return Optional.of("UTF-32BE (no byte order mark)");
    }
    int odd = zeros[1] + zeros[3];
    int even = zeros[0] + zeros[2];
    if (odd > 0.7 * (n / 2) && even < 0.05 * (n / 2)) {
      return Optional.of("UTF-16LE (no byte order mark)");
    }
    if (even > 0.7 * (n / 2) && odd < 0.05 * (n / 2)) {
      return Optional.of("UTF-16BE (no byte order mark)");
    }
    return Optional.empty();
  }

  /**
   * Whether text is blank: nothing but white space of any kind — the ASCII spaces and line
   * breaks, no-break, em and ideographic spaces, line and paragraph separators — and invisible
   * format characters (zero-width space, byte order mark, word joiner).
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A white space or invisible format character (see {@link #isBlank(String)}). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
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
