package io.github.sscp.json;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.shape.TypeRef;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes sscp documents in JSON and YAML. A document is an envelope —
 * {@code {"format": "sscp", "version": 1, "kind": "partnership", "document": {…}}} — around a
 * partnership, a compliance report or a KPI assessment.
 *
 * <p>Reading parses within {@link Limits}, binds to the model (unknown properties are errors
 * unless lenient), then validates a partnership with the {@link ModelValidator}; every problem
 * comes back at once in one {@link SscpJsonException}, each with its JSON Pointer and position.
 * Nothing else escapes a read. Writing gives a stable property order and omits absent values; the
 * public view leaves out personal data.
 *
 * <p>Immutable and thread-safe.
 */
public final class SscpJson {

  /** The format's name in the envelope. */
  public static final String FORMAT = "sscp";
  /** The format version this library writes and the newest it reads. */
  public static final int VERSION = 1;

  private static final Pattern VIOLATION_PATH = Pattern.compile("\\[(\\d+)\\]|\\.");

  private final boolean lenient;
  private final Limits limits;
  private final TreeReader reader;
  private final JsonFactory json = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private final YAMLFactory yaml = YAMLFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build();

  private SscpJson(boolean lenient, Limits limits) {
    this.lenient = lenient;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.reader = new TreeReader(limits);
  }

  /**
   * Obtains the strict reader and writer with the default limits.
   *
   * @return the instance, not null
   */
  public static SscpJson standard() {
    return new SscpJson(false, Limits.DEFAULT);
  }

  /**
   * Obtains a copy that ignores unknown properties, for documents written by a newer minor
   * release.
   *
   * @return the instance, not null
   */
  public SscpJson lenient() {
    return new SscpJson(true, limits);
  }

  /**
   * Obtains a copy with other limits.
   *
   * @param limits the limits, not null
   * @return the instance, not null
   */
  public SscpJson withLimits(Limits limits) {
    return new SscpJson(lenient, limits);
  }

  /**
   * Obtains the limits.
   *
   * @return the limits, not null
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Reads a document.
   *
   * @param <T> the document's type
   * @param in the bytes, UTF-8; not closed; not null
   * @param format JSON or YAML, not null
   * @param kind the kind expected, not null
   * @return the document, not null
   * @throws SscpJsonException with every problem found
   */
  public <T> T read(InputStream in, Format format, DocumentKind<T> kind) {
    return bindEnvelope(reader.read(in, format), kind);
  }

  /**
   * Reads a document from text.
   *
   * @param <T> the document's type
   * @param text the document, not null
   * @param format JSON or YAML, not null
   * @param kind the kind expected, not null
   * @return the document, not null
   * @throws SscpJsonException with every problem found
   */
  public <T> T read(String text, Format format, DocumentKind<T> kind) {
    return read(text.getBytes(StandardCharsets.UTF_8), format, kind);
  }

  /**
   * Reads a document from bytes.
   *
   * @param <T> the document's type
   * @param bytes the document, UTF-8, not null
   * @param format JSON or YAML, not null
   * @param kind the kind expected, not null
   * @return the document, not null
   * @throws SscpJsonException with every problem found
   */
  public <T> T read(byte[] bytes, Format format, DocumentKind<T> kind) {
    return bindEnvelope(reader.read(bytes, format), kind);
  }

  /**
   * Reads a partnership document in JSON or YAML, telling the format from the first character
   * that is not white space: "{" is JSON, or flow-style YAML when the text is not JSON.
   *
   * @param in the bytes, not null; not closed
   * @return the partnership, not null
   * @throws SscpJsonException with every problem found
   */
  public Partnership readPartnership(InputStream in) {
    byte[] bytes = reader.readBounded(in);
    Format format = sniff(bytes);
    try {
      return read(bytes, format, DocumentKind.PARTNERSHIP);
    } catch (SscpJsonException json) {
      // "{" starts JSON and flow-style YAML alike: text that is not JSON may be YAML
      if (format != Format.JSON || json.problems().size() != 1
          || !json.problems().get(0).message().startsWith("not well-formed JSON")) {
        throw json;
      }
      try {
        return read(bytes, Format.YAML, DocumentKind.PARTNERSHIP);
      } catch (SscpJsonException yaml) {
        boolean notYaml = yaml.problems().size() == 1
            && yaml.problems().get(0).message().startsWith("not well-formed YAML");
        throw notYaml ? json : yaml;
      }
    }
  }

  /**
   * Reads a partnership file in JSON or YAML.
   *
   * @param file the file, not null
   * @return the partnership, not null
   * @throws SscpJsonException with every problem found, each message starting with the file's
   *     name; or naming the file if it cannot be read
   */
  public Partnership readPartnership(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readPartnership(in);
    } catch (SscpJsonException e) {
      throw new SscpJsonException(file.toString(), e.problems());
    } catch (NoSuchFileException e) {
      throw new SscpJsonException(file.toString(), List.of(new Problem("", 0, 0,
          "no such file")));
    } catch (IOException e) {
      throw new SscpJsonException(file.toString(), List.of(new Problem("", 0, 0,
          "cannot be read: " + e.getMessage())));
    }
  }

  static Format sniff(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '{' || b == '[') {
        return Format.JSON;
      }
      if (!Character.isWhitespace(b) && (b & 0x80) == 0) {
        return Format.YAML;
      }
    }
    return Format.JSON;
  }

  private <T> T bindEnvelope(Node root, DocumentKind<T> kind) {
    List<Problem> problems = new ArrayList<>();
    if (!(root instanceof Node.ObjectNode env)) {
      throw TreeReader.fail("", root.line(), root.column(),
          "expected an sscp document: an object with format, version, kind and document");
    }
    Map<String, Node> f = env.fields();
    Node format = f.get("format");
    if (!(format instanceof Node.StringNode s && s.value().equals(FORMAT))) {
      problems.add(at("/format", format == null ? root : format, "expected \"format\": \"" + FORMAT
          + "\""));
    }
    Node version = f.get("version");
    if (!(version instanceof Node.NumberNode v) || v.value().signum() <= 0
        || v.value().stripTrailingZeros().scale() > 0) {
      problems.add(at("/version", version == null ? root : version, "expected \"version\": a whole"
          + " number, 1 for this release"));
    } else if (v.value().compareTo(java.math.BigDecimal.valueOf(VERSION)) > 0) {
      problems.add(at("/version", version, "this document is format version " + v.text()
          + ", newer than this release of sscp reads (" + VERSION + "); upgrade sscp to read it"));
    }
    Node kindNode = f.get("kind");
    if (!(kindNode instanceof Node.StringNode k && k.value().equals(kind.name()))) {
      problems.add(at("/kind", kindNode == null ? root : kindNode, "expected \"kind\": \"" + kind.name()
          + "\"" + (kindNode instanceof Node.StringNode k2 ? ", found \"" + Binder.abbreviate(k2.value())
              + "\"" : "")));
    }
    Node document = f.get("document");
    if (document == null) {
      problems.add(at("", root, "the envelope has no \"document\"" + (f.containsKey("format") ? ""
          : "; a bare document must be wrapped: {\"format\": \"sscp\", \"version\": " + VERSION
              + ", \"kind\": \"" + kind.name() + "\", \"document\": {…}}")));
      throw new SscpJsonException(problems);
    }
    for (String name : f.keySet()) {
      if (!List.of("format", "version", "kind", "document").contains(name) && !lenient) {
        problems.add(at("/" + TreeReader.escape(name), f.get(name), "unknown property \""
            + Binder.abbreviate(name) + "\" in the envelope"));
      }
    }
    if (!problems.isEmpty()) {
      throw new SscpJsonException(problems);
    }
    Binder binder = new Binder(lenient);
    Object value = binder.bind(document, TypeRef.of(kind.type()), "/document");
    if (!binder.problems.isEmpty() || value == null) {
      throw new SscpJsonException(binder.problems.isEmpty()
          ? List.of(at("/document", document, "the document could not be read")) : binder.problems);
    }
    if (value instanceof Partnership p) {
      List<Violation> violations = ModelValidator.shared().validate(p);
      if (!violations.isEmpty()) {
        List<Problem> found = new ArrayList<>();
        for (Violation v : violations) {
          String pointer = "/document" + pointer(v.path());
          Node at = locate(document, pointer.substring("/document".length()));
          if (found.size() == Binder.MAX_PROBLEMS) {
            found.add(new Problem(pointer, at.line(), at.column(), (violations.size()
                - Binder.MAX_PROBLEMS) + " more problems: the rest are not listed"));
            break;
          }
          found.add(new Problem(pointer, at.line(), at.column(), v.message()));
        }
        throw new SscpJsonException(found);
      }
    }
    return kind.type().cast(value);
  }

  private static Problem at(String pointer, Node node, String message) {
    return new Problem(pointer, node.line(), node.column(), message);
  }

  /** A validator path ("memberships[2].role") as a JSON Pointer ("/memberships/2/role"). */
  static String pointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("/");
    Matcher m = VIOLATION_PATH.matcher(path);
    int last = 0;
    while (m.find()) {
      s.append(TreeReader.escape(path.substring(last, m.start())));
      if (m.group(1) != null) {
        s.append('/').append(m.group(1));
      }
      if (m.end() < path.length()) {
        s.append('/');
      }
      last = m.end();
    }
    s.append(TreeReader.escape(path.substring(last)));
    return s.toString().replace("//", "/").replaceAll("/$", "");
  }

  /** The deepest node on a pointer's way, for its position. */
  static Node locate(Node root, String pointer) {
    Node at = root;
    if (pointer.isEmpty()) {
      return at;
    }
    for (String part : pointer.substring(1).split("/")) {
      String name = part.replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (at instanceof Node.ObjectNode o) {
        next = o.fields().get(name);
      } else if (at instanceof Node.ArrayNode a && name.matches("\\d{1,9}")
          && Integer.parseInt(name) < a.items().size()) {
        next = a.items().get(Integer.parseInt(name));
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
    return at;
  }

  /**
   * Writes a document of one of the {@link DocumentKind}s.
   *
   * @param document the document, not null
   * @param format JSON or YAML, not null
   * @return the text, ending with a line break, not null
   * @throws IllegalArgumentException if the value is not one of the document kinds
   */
  public String write(Object document, Format format) {
    return write(document, format, false);
  }

  /**
   * Writes the public view of a document: everything the model marks as personal data (people's
   * contact details, for example) is left out.
   *
   * @param document the document, not null
   * @param format JSON or YAML, not null
   * @return the text, not null
   */
  public String writePublic(Object document, Format format) {
    return write(document, format, true);
  }

  /**
   * Writes a document to a stream, which is flushed, not closed.
   *
   * @param document the document, of one of the document kinds, not null
   * @param format JSON or YAML, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object document, Format format, OutputStream out) {
    try {
      out.write(write(document, format, false).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a file through a temporary file beside it, moved into place when
   * complete, so that a failure never leaves half a file.
   *
   * @param document the document, of one of the document kinds, not null
   * @param format JSON or YAML, not null
   * @param file the file, created or replaced, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object document, Format format, Path file) {
    byte[] bytes = write(document, format, false).getBytes(StandardCharsets.UTF_8);
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent() == null ? Path.of(".") : absolute.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written (" + e.getMessage() + ")", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the move took it, or it is left for the user to remove
        }
      }
    }
  }

  private String write(Object document, Format format, boolean publicView) {
    DocumentKind<?> kind = DocumentKind.all().stream().filter(k -> k.type().isInstance(document))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(document.getClass().getName()
            + " is not an sscp document kind"));
    // bytes, not a StringWriter: Jackson's UTF-8 generator is faster and a StringWriter locks
    ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
    TokenStreamFactory factory = format == Format.YAML ? yaml : json;
    try (JsonGenerator g = factory.createGenerator(format == Format.JSON
        ? new PrettyContext() : ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeNumberProperty("version", VERSION);
      g.writeStringProperty("kind", kind.name());
      g.writeName("document");
      new Writer(publicView).write(document, TypeRef.of(kind.type()), g);
      g.writeEndObject();
    }
    String text = out.toString(StandardCharsets.UTF_8);
    return text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Obtains the JSON Schema (2020-12) of a document kind, as shipped in the jar under
   * {@code io/github/sscp/json/schema/}; its {@code $id} is
   * {@code https://sscp.github.io/schema/1/<kind>.schema.json}.
   *
   * @param kind the kind, not null
   * @return the schema's text, not null
   */
  public static String schema(DocumentKind<?> kind) {
    String name = "schema/" + kind.name() + ".schema.json";
    try (InputStream in = SscpJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A write context with the default pretty printer, for indented JSON. */
  private static final class PrettyContext extends ObjectWriteContext.Base {
    @Override
    public tools.jackson.core.PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
