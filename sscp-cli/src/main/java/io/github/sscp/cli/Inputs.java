package io.github.sscp.cli;

import org.jspecify.annotations.Nullable;
import io.github.sscp.json.SscpJson;
import io.github.sscp.json.SscpJsonException;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.validation.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.nio.file.Path;
import java.util.Objects;

/** Where a command's partnership comes from: a JSON or YAML file, or the bundled example. */
final class Inputs {

  /** The example's name on the command line. */
  static final String EXAMPLE_BEFORE_2024 = "example/southampton-safe-city-partnership-2022.yaml";

  /**
   * Reads the data files the bundled example names (the Home Office table of Southampton and its
   * peers, and thirteen months of police.uk street files for Southampton) from copies of the
   * bundled files.
   *
   * @param example the example, with the data files still to read
   * @param request the request
   * @param areaGiven whether the request's area overrides the files'
   * @return what was read
   */
  static io.github.sscp.data.files.DataImport exampleData(Partnership example,
      io.github.sscp.data.files.DataRequest request, boolean areaGiven) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sscp-example-");
      for (io.github.sscp.model.measure.DataFile f : example.dataFiles()) {
        String name = Path.of(f.path()).getFileName().toString();
        try (InputStream in = Objects.requireNonNull(
            Inputs.class.getResourceAsStream("example/" + name), name)) {
          Files.copy(in, dir.resolve(name));
        }
      }
      return io.github.sscp.data.files.DataFiles.readNamed(example, dir, request, areaGiven);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) {
        try (var all = Files.list(dir)) {
          for (Path f : all.toList()) {
            Files.deleteIfExists(f);
          }
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // a temporary copy left behind is harmless
        }
      }
    }
  }

  private Inputs() {}

  private static volatile boolean preparing;

  /**
   * Starts the model validator on a second thread while the document is parsed and bound on
   * this one: its start-up is the largest part of reading a first document.
   */
  static void prepareValidator() {
    if (preparing) {
      return;
    }
    preparing = true;
    Thread t = new Thread(() -> ModelValidator.shared().prepare(), "sscp-validator-start");
    t.setDaemon(true);
    t.start();
  }


  /** Reads the bundled example as recorded before its 2024 refresh: the last board's version. */
  static Partnership examplePrevious() {
    return SscpJson.standard().readPartnership(new java.io.ByteArrayInputStream(
        resource(EXAMPLE_BEFORE_2024)));
  }

  static byte[] resource(String name) {
    try (InputStream in = Inputs.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, () -> "missing resource " + name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the partnership named on the command line.
   *
   * @param file the file, or null
   * @param example the example's name, or null
   * @return the partnership
   * @throws CliException if neither or both are given, the file cannot be read, or it is invalid
   */
  static Partnership partnership(@Nullable Path file, @Nullable String example) {
    prepareValidator();
    if ((file == null) == (example == null)) {
      throw new CliException(Sscp.USAGE, "name a partnership file or --example NAME ("
          + Example.names() + "), not both");
    }
    if (file != null) {
      return read(file);
    }
    return SscpJson.standard().readPartnership(new java.io.ByteArrayInputStream(
        Example.named(String.valueOf(example)).yaml()));
  }

  /**
   * The folder a file is in, for the paths it names.
   *
   * @param file the file
   * @return its folder (the current one for a bare name)
   */
  static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** The largest file a command reads whole, as the format's own limit: 16 MiB. */
  static final long MAX_FILE_BYTES = io.github.sscp.json.Limits.DEFAULT.maxDocumentBytes();

  /**
   * Reads a partnership file, JSON or YAML.
   *
   * @param file the file
   * @return the partnership
   * @throws CliException naming the file and every problem (invalid), or why it cannot be read
   *     (usage)
   */
  static Partnership read(Path file) {
    prepareValidator();
    byte[] bytes = bytes(file);
    try {
      return SscpJson.standard().readPartnership(new java.io.ByteArrayInputStream(bytes));
    } catch (SscpJsonException e) {
      throw new CliException(Sscp.INVALID, file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a whole file's bytes, at most {@link #MAX_FILE_BYTES}, or fails with a usage error
   * naming it: missing, a folder, unreadable or too large (checked before reading where the size
   * is known, and while reading where it is not, as for a device).
   */
  static byte[] bytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliException(Sscp.USAGE, file + ": is a folder, not a file");
    }
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
        throw tooLarge(file);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
          throw tooLarge(file);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new CliException(Sscp.USAGE, file + ": no such file");
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  private static CliException tooLarge(Object what) {
    return new CliException(Sscp.USAGE, what + ": larger than the limit of "
        + MAX_FILE_BYTES / (1024 * 1024) + " MiB a command reads whole");
  }

  /**
   * Reads a stream's lines, at most {@link #MAX_FILE_BYTES} in all and {@code maxLine} characters
   * each, as strict UTF-8.
   *
   * @param in the stream, not closed
   * @param name its name, for messages
   * @param maxLine the longest line allowed, in characters
   * @return the lines, without their line endings
   * @throws CliException naming the line of an over-long line or a byte that is not UTF-8
   *     (invalid), or the stream if it is too large or unreadable (usage)
   */
  static java.util.List<String> lines(InputStream in, String name, int maxLine) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, name + ": cannot be read (" + e.getMessage() + ")");
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw tooLarge(name);
    }
    String text;
    try {
      text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new CliException(Sscp.INVALID, name + ": not UTF-8 text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    java.util.List<String> lines = new java.util.ArrayList<>();
    int lineNo = 0;
    for (String line : text.split("\r?\n", -1)) {
      lineNo++;
      if (line.length() > maxLine) {
        throw new CliException(Sscp.INVALID, name + ":" + lineNo + ": the line is longer than "
            + maxLine + " characters");
      }
      lines.add(line);
    }
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
