package io.github.sscp.json;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads bytes into a {@link Node} tree with positions, inside the limits: the size is checked
 * before parsing, the text must be UTF-8 (a byte-order mark is skipped), Jackson's stream
 * constraints bound depth, strings, numbers and names, duplicate keys are refused, and in YAML
 * anchors, aliases and tags are refused. Any failure becomes a {@link Problem}.
 */
final class TreeReader {

  private final Limits limits;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  TreeReader(Limits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth()).maxDocumentLength(limits.maxDocumentBytes())
        .maxStringLength(limits.maxStringLength()).maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength()).maxTokenCount(limits.maxTokens()).build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    this.yaml = YAMLFactory.builder().streamReadConstraints(constraints)
        .loadSettings(org.snakeyaml.engine.v2.api.LoadSettings.builder()
            .setMaxAliasesForCollections(0).setAllowDuplicateKeys(false)
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
            .setAllowRecursiveKeys(false).build()).build();
  }

  /** Reads the whole input, bounded, then parses it. */
  Node read(InputStream in, Format format) {
    byte[] bytes = readBounded(in);
    return read(bytes, format);
  }

  byte[] readBounded(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > limits.maxDocumentBytes()) {
          throw fail("", 0, 0, "the document is larger than the limit of "
              + limits.maxDocumentBytes() + " bytes");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw fail("", 0, 0, "the document could not be read: " + e.getMessage());
    }
    return out.toByteArray();
  }

  Node read(byte[] bytes, Format format) {
    if (bytes.length > limits.maxDocumentBytes()) {
      throw fail("", 0, 0, "the document is larger than the limit of " + limits.maxDocumentBytes()
          + " bytes");
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    boolean ascii = isAscii(bytes, start);
    // ASCII (the usual case) is parsed from the bytes, where the parser is fastest and a column
    // is a character; other text is decoded strictly first, so that columns count characters
    String text = ascii && format == Format.JSON ? null : utf8(bytes, start);
    if (text != null ? text.isBlank() : isBlank(bytes, start)) {
      throw fail("", 0, 0, "the document is empty");
    }
    java.util.Set<Long> plainNulls = java.util.Set.of();
    if (format == Format.YAML && text != null) {
      checkYamlWords(text);
      plainNulls = prescanYaml(text, limits.maxDepth());
    }
    TokenStreamFactory factory = format == Format.YAML ? yaml : json;
    JsonParser p = null;
    try {
      p = text == null
          ? factory.createParser(ObjectReadContext.empty(), bytes, start, bytes.length - start)
          : factory.createParser(ObjectReadContext.empty(), text);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw fail("", 0, 0, "the document is empty");
      }
      Node root = value(p, plainNulls);
      JsonToken after = p.nextToken();
      if (after != null) {
        TokenStreamLocation l = p.currentTokenLocation();
        throw fail("", l.getLineNr(), l.getColumnNr(), "unexpected content after the document");
      }
      return root;
    } catch (SscpJsonException e) {
      throw e;
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation() != null ? e.getLocation()
          : p == null ? null : p.currentLocation();
      int line = l == null ? 0 : Math.max(0, l.getLineNr());
      int column = l == null ? 0 : Math.max(0, l.getColumnNr());
      if (e instanceof StreamConstraintsException) {
        // "Name length (5000) exceeds…": the name was never read, so point at its object
        String pointer = where(p);
        if (String.valueOf(e.getOriginalMessage()).startsWith("Name length")) {
          pointer = pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
          // the byte parser stops counting at its buffer, so its figure is not the name's length
          throw fail(pointer, line, column, "over a limit: a property name is longer than "
              + limits.maxNameLength() + " characters");
        }
        throw fail(pointer, line, column, "over a limit: " + firstLine(e.getOriginalMessage())
            .replaceAll(", from `[^`]*`", ""));
      }
      throw fail(where(p), line, column, "not well-formed " + format.name() + ": "
          + withoutParserAdvice(firstLine(e.getOriginalMessage())));
    } catch (RuntimeException e) {
      // snakeyaml's own exceptions (a bad indent, a tab) and anything else the parser throws
      throw fail(where(p), 0, 0, "not well-formed " + format.name() + ": " + firstLine(String.valueOf(e.getMessage())));
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (RuntimeException ignored) {
          // the first failure is the one to report
        }
      }
    }
  }

  /**
   * Refuses, before parsing, YAML with a run of more than {@link Limits#MAX_YAML_WORD} characters
   * without white space: the YAML scanner's work grows with the square of such a run.
   */
  private static void checkYamlWords(String text) {
    int run = 0;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        run = 0;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        run = 0;
      } else if (++run > Limits.MAX_YAML_WORD) {
        throw fail("", line, i - run + 2 - lineStart, "over a limit: in YAML, a run of more than "
            + Limits.MAX_YAML_WORD + " characters without a space or line break");
      }
    }
  }

  private static boolean isAscii(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /** Decodes strict UTF-8, naming the line and column of the first byte that is not. */
  private static String utf8(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = start;
      for (int i = start; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw fail("", line, at - lineStart + 1, "the document is not valid UTF-8 (byte 0x"
          + Integer.toHexString(bytes[at] & 0xff) + " at offset " + at + ")");
    }
    return out.flip().toString();
  }

  /** The JSON Pointer of where a parser stopped, or the root if it cannot say. */
  private static String where(@Nullable JsonParser p) {
    try {
      return p == null ? "" : p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * Reads the value at the parser's current token into a tree. Pointers are found only when a
   * problem needs one, from the parser's own context.
   */
  Node value(JsonParser p) {
    return value(p, java.util.Set.of());
  }

  /**
   * Reads the YAML text's events once before Jackson does, for what Jackson does not report: an
   * anchor on a single value, and the plain scalars YAML 1.2 reads as null ({@code ~}, {@code
   * Null}, {@code NULL}; {@code null} Jackson knows). Anchors, aliases and explicit tags are
   * refused where they stand.
   *
   * @return the positions (line and column, packed) of the plain null scalars
   */
  private static java.util.Set<Long> prescanYaml(String text, int maxDepth) {
    java.util.Set<Long> nulls = new java.util.HashSet<>();
    org.snakeyaml.engine.v2.api.lowlevel.Parse parse = new org.snakeyaml.engine.v2.api.lowlevel.Parse(
        org.snakeyaml.engine.v2.api.LoadSettings.builder()
            .setCodePointLimit(Math.max(text.length() + 1, 1)).build());
    YamlPath path = new YamlPath();
    try {
      for (org.snakeyaml.engine.v2.events.Event e : parse.parseString(text)) {
        int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        int column = e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        if (e instanceof org.snakeyaml.engine.v2.events.CollectionEndEvent) {
          path.end();
          continue;
        }
        if (!(e instanceof org.snakeyaml.engine.v2.events.NodeEvent n)) {
          continue;
        }
        boolean key = path.atKey();
        String here = path.pointer();
        if (e instanceof org.snakeyaml.engine.v2.events.AliasEvent || n.getAnchor().isPresent()) {
          throw fail(here, line, column, "YAML anchors and aliases are not allowed");
        }
        if (e instanceof org.snakeyaml.engine.v2.events.ScalarEvent sc) {
          if (sc.getTag().isPresent() && !sc.getImplicit().canOmitTagInPlainScalar()
              && !sc.getImplicit().canOmitTagInNonPlainScalar()) {
            throw fail(here, line, column, "YAML tags are not allowed (" + sc.getTag().get() + ")");
          }
          if (!key && sc.isPlain() && List.of("~", "Null", "NULL").contains(sc.getValue())) {
            nulls.add(((long) line << 32) | column);
          }
          path.scalar(sc.getValue());
        } else if (e instanceof org.snakeyaml.engine.v2.events.CollectionStartEvent c) {
          if (c.getTag().isPresent() && !c.isImplicit()) {
            throw fail(here, line, column, "YAML tags are not allowed (" + c.getTag().get() + ")");
          }
          path.start(e instanceof org.snakeyaml.engine.v2.events.MappingStartEvent);
          if (path.depth() > maxDepth) {
            return nulls;  // too deep: Jackson's parse refuses it, within its limit
          }
        }
      }
    } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
      // not well-formed: Jackson's parse reports it, with its position
    }
    return nulls;
  }

  /** Where the YAML events are, as a JSON Pointer, while the text is scanned. */
  private static final class YamlPath {
    /** Per open collection: whether a mapping, its current key, its next index. */
    private final java.util.ArrayDeque<Object[]> frames = new java.util.ArrayDeque<>();

    int depth() {
      return frames.size();
    }

    boolean atKey() {
      Object[] f = frames.peek();
      return f != null && (Boolean) f[0] && f[1] == null;
    }

    String pointer() {
      StringBuilder s = new StringBuilder();
      java.util.Iterator<Object[]> outward = frames.descendingIterator();
      while (outward.hasNext()) {
        Object[] f = outward.next();
        if ((Boolean) f[0]) {
          if (f[1] != null) {
            s.append('/').append(escape((String) f[1]));
          }
        } else {
          s.append('/').append(f[2]);
        }
      }
      return s.toString();
    }

    void scalar(String value) {
      Object[] f = frames.peek();
      if (f != null && (Boolean) f[0] && f[1] == null) {
        f[1] = value;  // a key
      } else {
        done();
      }
    }

    void start(boolean mapping) {
      frames.push(new Object[] {mapping, null, 0});
    }

    void end() {
      frames.poll();
      done();
    }

    /** A value is complete: the mapping waits for its next key, the sequence moves on. */
    private void done() {
      Object[] f = frames.peek();
      if (f == null) {
        return;
      }
      if ((Boolean) f[0]) {
        f[1] = null;
      } else {
        f[2] = (Integer) f[2] + 1;
      }
    }
  }

  private Node value(JsonParser p, java.util.Set<Long> plainNulls) {
    int line;
    int column;
    if (p instanceof tools.jackson.core.base.ParserBase b && !(p instanceof YAMLParser)) {
      // the JSON parsers keep the token's line and column: no location object per value (the
      // token column they give is one more than their token location's)
      line = Math.max(0, b.getTokenLineNr());
      column = Math.max(0, b.getTokenColumnNr() - 1);
    } else {
      TokenStreamLocation l = p.currentTokenLocation();
      line = Math.max(0, l.getLineNr());
      column = Math.max(0, l.getColumnNr());
    }
    if (p instanceof YAMLParser y) {
      if (y.isCurrentAlias() || y.getObjectId() != null) {
        throw fail(where(p), line, column, "YAML anchors and aliases are not allowed");
      }
      if (y.getTypeId() != null) {
        throw fail(where(p), line, column, "YAML tags are not allowed (" + y.getTypeId() + ")");
      }
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          Node v = value(p, plainNulls);
          if (fields.put(name, v) != null) {
            throw fail(where(p), v.line(), v.column(), "the property \"" + name
                + "\" is given twice");
          }
        }
        return new Node.ObjectNode(fields, line, column);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          items.add(value(p, plainNulls));
        }
        return new Node.ArrayNode(items, line, column);
      }
      case VALUE_STRING -> {
        if (!plainNulls.isEmpty() && plainNulls.contains(((long) line << 32) | column)) {
          return new Node.NullNode(line, column);
        }
        return new Node.StringNode(p.getString(), line, column);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        if (p.isNaN()) {
          throw fail(where(p), line, column, "NaN and Infinity are not numbers in this format");
        }
        String text = p.getText();
        BigDecimal value;
        try {
          value = new BigDecimal(text);
        } catch (NumberFormatException e) {
          // YAML spellings such as 0x1F or 1_000
          throw fail(where(p), line, column, "write numbers in decimal notation, found " + text);
        }
        return new Node.NumberNode(value, text, line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node.BooleanNode(t == JsonToken.VALUE_TRUE, line, column);
      }
      case VALUE_NULL -> {
        return new Node.NullNode(line, column);
      }
      default -> throw fail(where(p), line, column, "unexpected " + t);
    }
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Drops the parser's advice to enable features, which a document's author cannot act on. */
  static String withoutParserAdvice(String message) {
    String m = message;
    for (String advice : new String[] {": enable `", " (not recognized as one since", "; enable `"}) {
      int at = m.indexOf(advice);
      if (at > 0) {
        m = m.substring(0, at);
      }
    }
    return m;
  }

  private static String firstLine(@Nullable String s) {
    if (s == null || s.isBlank() || s.equals("null")) {
      return "the parser could not read it, and gave no reason";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  static SscpJsonException fail(String pointer, int line, int column, String message) {
    return new SscpJsonException(List.of(new Problem(pointer, line, column, message)));
  }
}
