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
import java.nio.file.Path;
import java.util.Objects;

/** Where a command's partnership comes from: a JSON or YAML file, or the bundled example. */
final class Inputs {

  /** The example's name on the command line. */
  static final String SOUTHAMPTON = "southampton";
  static final String EXAMPLE_YAML = "example/southampton-safe-city-partnership.yaml";
  static final String EXAMPLE_HOME_OFFICE_NAME = "ho-csp-extract-southampton-and-peers.csv";
  static final String EXAMPLE_HOME_OFFICE = "example/" + EXAMPLE_HOME_OFFICE_NAME;

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

  /** Reads the bundled example's YAML text, comments included. */
  static byte[] exampleYaml() {
    return resource(EXAMPLE_YAML);
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
      throw new CliException(Sscp.USAGE, "name a partnership file or --example " + SOUTHAMPTON
          + ", not both");
    }
    if (file != null) {
      return read(file);
    }
    checkExample(String.valueOf(example));
    return SscpJson.standard().readPartnership(new java.io.ByteArrayInputStream(exampleYaml()));
  }

  static void checkExample(String example) {
    if (!SOUTHAMPTON.equals(example)) {
      throw new CliException(Sscp.USAGE, "unknown example '" + example + "'; the one example is "
          + SOUTHAMPTON);
    }
  }

  /**
   * Reads a partnership file, JSON or YAML.
   *
   * @param file the file
   * @return the partnership
   * @throws CliException naming the file and every problem
   */
  static Partnership read(Path file) {
    prepareValidator();
    try (InputStream in = Files.newInputStream(file)) {
      return SscpJson.standard().readPartnership(in);
    } catch (SscpJsonException e) {
      throw new CliException(Sscp.INVALID, file + ": " + e.getMessage(), e);
    } catch (NoSuchFileException e) {
      throw new CliException(Sscp.USAGE, file + ": no such file");
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Reads a whole file's bytes, or fails with a usage error naming it. */
  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException(Sscp.USAGE, file + ": no such file");
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, file + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}
