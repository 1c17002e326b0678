package org.qualityaward.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds what makes a PDF act by itself when opened: scripts, automatic actions, launched or
 * embedded files, rich media, XFA forms, form submission. A byte scan, not a full parser:
 * <ol>
 *   <li>every name token in the whole file ({@code /JavaScript}, also written {@code /J#61vaScript}),
 *       wherever it stands, so no structure can hide one from the scan;</li>
 *   <li>every object stream (PDF 1.5 compressed objects, found as {@code obj << … /First … >> stream}
 *       anywhere in the file) inflated, within a budget, and scanned the same way. One that cannot be
 *       read (encrypted, another filter, a predictor) makes the file unverifiable.</li>
 * </ol>
 */
final class PdfActiveContent {

  /** PDF 32000-1 §12.6 actions and triggers, §7.11.4 embedded files, §12.7.8 XFA, §13.6 rich media. */
  private static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "OpenAction", "AA", "Launch",
      "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA", "SubmitForm");

  private static final Set<String> FLATE = Set.of("/FlateDecode", "/Fl");
  private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_INFLATED = 32 * 1024 * 1024;
  private static final int MAX_DEPTH = 32;

  /** A string's content does not matter here, only where it ends. */
  private static final Object STRING = new Object();

  private PdfActiveContent() {
  }

  /** Why the PDF may not be taken, as a clause (「含有…」, 「无法完成…」); empty if nothing active was found. */
  static Optional<String> problem(byte[] pdf) {
    try {
      return activeName(pdf).or(() -> inObjectStreams(pdf))
          .map(name -> "含有脚本或自动执行的动作（/" + name + "）");
    } catch (Unverifiable e) {
      return Optional.of("无法完成安全检查（" + e.getMessage() + "）");
    }
  }

  private static Optional<String> activeName(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '/') {
        Lexer lexer = new Lexer(bytes, i + 1);
        String name = lexer.name();
        if (ACTIVE.contains(name) && acts(name, lexer)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Two letters also occur by chance in image data, so /JS and /AA count only with the value such a
   * key takes after them. /OpenAction with an array is a page to open at (§12.3.2), not an action.
   */
  private static boolean acts(String name, Lexer lexer) {
    return switch (name) {
      case "JS" -> lexer.stringFollows();
      case "AA" -> lexer.dictionaryFollows();
      case "OpenAction" -> !lexer.arrayFollows();
      default -> true;
    };
  }

  private static Optional<String> inObjectStreams(byte[] pdf) {
    // a reader may be sent to any offset, so every "obj" is a possible start, even inside another stream
    long parseBudget = 4L * pdf.length + 1_000_000;
    int inflateBudget = MAX_INFLATED;
    for (int at = indexOf(pdf, OBJ, 0); at >= 0; at = indexOf(pdf, OBJ, at + 1)) {
      Lexer lexer = new Lexer(pdf, at + OBJ.length);
      Map<String, Object> dictionary = lexer.next(0) instanceof Map<?, ?> d ? castKeys(d) : null;
      parseBudget -= lexer.pos - at;
      if (parseBudget < 0) {
        throw new Unverifiable("文件结构过于复杂");
      }
      if (dictionary == null || !isObjectStream(dictionary) || !lexer.streamFollows()
          || dictionary.get("Filter") == null) {
        continue; // not an object stream, or an uncompressed one that the first scan has read
      }
      checkDecodable(dictionary);
      byte[] objects = inflate(pdf, lexer.pos, inflateBudget);
      inflateBudget -= objects.length;
      Optional<String> name = activeName(objects);
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castKeys(Map<?, ?> dictionary) {
    return (Map<String, Object>) dictionary;
  }

  /** Readers take a stream with /First (and /N) for an object stream, whatever its /Type says. */
  private static boolean isObjectStream(Map<String, Object> dictionary) {
    return "/ObjStm".equals(dictionary.get("Type")) || dictionary.containsKey("First");
  }

  /** Only what every writer uses for object streams: /FlateDecode alone, no predictor. */
  private static void checkDecodable(Map<String, Object> dictionary) {
    Object filter = single(dictionary.get("Filter"));
    if (!FLATE.contains(filter)) {
      throw new Unverifiable("对象流使用了 " + filter + " 编码");
    }
    Object parameters = single(dictionary.get("DecodeParms"));
    boolean plain = parameters == null || "null".equals(parameters) || parameters instanceof Map<?, ?> p
        && (!p.containsKey("Predictor") || "1".equals(p.get("Predictor")));
    if (!plain) {
      throw new Unverifiable("对象流的解码参数 /DecodeParms 使用了预测");
    }
  }

  /** The one item of a one-item array, as filters and their parameters may be given either way. */
  private static Object single(Object value) {
    return value instanceof List<?> list && list.size() == 1 ? list.get(0) : value;
  }

  private static byte[] inflate(byte[] pdf, int from, int budget) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(pdf, from, pdf.length - from);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0) {
          break; // truncated: a reader sees no more than this either
        }
        out.write(buffer, 0, n);
        if (out.size() > budget) {
          throw new Unverifiable("对象流解压后超过 " + MAX_INFLATED / (1024 * 1024) + " MB");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new Unverifiable("对象流无法解压，文件可能已加密");
    } finally {
      inflater.end();
    }
  }

  private static int indexOf(byte[] bytes, byte[] part, int from) {
    outer:
    for (int i = from; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static final class Unverifiable extends RuntimeException {
    Unverifiable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** PDF tokens (ISO 32000-1 §7.2–7.3) as far as this scan needs them. */
  private static final class Lexer {

    private final byte[] bytes;
    private int pos;

    Lexer(byte[] bytes, int pos) {
      this.bytes = bytes;
      this.pos = pos;
    }

    /**
     * The name whose {@code /} is just before {@link #pos}, {@code #xx} escapes decoded; only its
     * first characters are kept, as no name looked for is longer.
     */
    String name() {
      StringBuilder name = new StringBuilder();
      while (pos < bytes.length && isRegular(bytes[pos])) {
        int c = bytes[pos] & 0xFF;
        if (c == '#' && pos + 2 < bytes.length && hex(bytes[pos + 1]) >= 0 && hex(bytes[pos + 2]) >= 0) {
          c = hex(bytes[pos + 1]) * 16 + hex(bytes[pos + 2]);
          pos += 2;
        }
        if (name.length() < 32) {
          name.append((char) c);
        }
        pos++;
      }
      return name.toString();
    }

    /** A string, or a reference ({@code 12 0 R}) to a stream holding one, comes next. */
    boolean stringFollows() {
      skipSpace();
      return pos < bytes.length && (bytes[pos] == '(' || bytes[pos] == '<') || referenceFollows();
    }

    /** A dictionary, or a reference to one, comes next. */
    boolean dictionaryFollows() {
      skipSpace();
      return pos + 1 < bytes.length && bytes[pos] == '<' && bytes[pos + 1] == '<' || referenceFollows();
    }

    boolean arrayFollows() {
      skipSpace();
      return pos < bytes.length && bytes[pos] == '[';
    }

    private boolean referenceFollows() {
      return reference(keyword()).endsWith(" R");
    }

    /** The keyword {@code stream} and its end of line come next; then {@link #pos} is at the data. */
    boolean streamFollows() {
      skipSpace();
      if (!"stream".equals(keyword())) {
        return false;
      }
      // as readers do: the data starts after the end of that line
      while (pos < bytes.length && bytes[pos] != '\r' && bytes[pos] != '\n') {
        pos++;
      }
      if (pos < bytes.length && bytes[pos] == '\r') {
        pos++;
      }
      if (pos < bytes.length && bytes[pos] == '\n') {
        pos++;
      }
      return true;
    }

    /**
     * The next object: a Map for a dictionary (keys without their slash), a List for an array,
     * {@code "/Name"} for a name, the text of a number, keyword or stray delimiter, {@link #STRING}
     * for a string; null at the end of the data. Lenient as readers are: whatever they would take
     * for an object stream must be seen as one here.
     */
    Object next(int depth) {
      skipSpace();
      if (pos >= bytes.length) {
        return null;
      }
      if (depth > MAX_DEPTH) {
        throw new Unverifiable("对象嵌套过深");
      }
      switch (bytes[pos]) {
        case '<':
          if (pos + 1 < bytes.length && bytes[pos + 1] == '<') {
            pos += 2;
            return dictionary(depth);
          }
          return skipPast((byte) '>') ? STRING : null;
        case '(':
          return literalString() ? STRING : null;
        case '[':
          pos++;
          return array(depth);
        case '/':
          pos++;
          return "/" + name();
        case ')', '>', ']', '{', '}':
          return String.valueOf((char) bytes[pos++]);
        default:
          return reference(keyword());
      }
    }

    /** {@code 12 0 R} as one value, so that dictionary entries stay pairs. */
    private String reference(String number) {
      int after = pos;
      if (isNumber(number)) {
        String generation = nextKeyword();
        if (isNumber(generation) && "R".equals(nextKeyword())) {
          return number + " " + generation + " R";
        }
      }
      pos = after;
      return number;
    }

    private Map<String, Object> dictionary(int depth) {
      Map<String, Object> entries = new HashMap<>();
      while (true) {
        skipSpace();
        if (pos + 1 < bytes.length && bytes[pos] == '>' && bytes[pos + 1] == '>') {
          pos += 2;
          return entries;
        }
        Object key = next(depth + 1);
        if (key == null) {
          return null;
        }
        // a key that is no name is passed over, as readers do
        if (key instanceof String text && text.startsWith("/")) {
          Object value = next(depth + 1);
          if (value == null) {
            return null;
          }
          entries.put(text.substring(1), value);
        }
      }
    }

    private List<Object> array(int depth) {
      List<Object> items = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos < bytes.length && bytes[pos] == ']') {
          pos++;
          return items;
        }
        Object item = next(depth + 1);
        if (item == null) {
          return null;
        }
        items.add(item);
      }
    }

    private boolean literalString() {
      int open = 0;
      while (pos < bytes.length) {
        byte c = bytes[pos++];
        if (c == '\\') {
          pos++;
        } else if (c == '(') {
          open++;
        } else if (c == ')' && --open == 0) {
          return true;
        }
      }
      return false;
    }

    private boolean skipPast(byte end) {
      while (pos < bytes.length) {
        if (bytes[pos++] == end) {
          return true;
        }
      }
      return false;
    }

    private String nextKeyword() {
      skipSpace();
      return keyword();
    }

    private String keyword() {
      int start = pos;
      while (pos < bytes.length && isRegular(bytes[pos])) {
        pos++;
      }
      return new String(bytes, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    private void skipSpace() {
      while (pos < bytes.length) {
        if (isWhite(bytes[pos])) {
          pos++;
        } else if (bytes[pos] == '%') {
          while (pos < bytes.length && bytes[pos] != '\r' && bytes[pos] != '\n') {
            pos++;
          }
        } else {
          return;
        }
      }
    }

    private static boolean isNumber(String token) {
      return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    private static boolean isWhite(byte c) {
      return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    private static boolean isRegular(byte c) {
      return !isWhite(c) && "()<>[]{}/%".indexOf(c) < 0;
    }

    private static int hex(byte c) {
      return Character.digit(c, 16);
    }
  }
}
