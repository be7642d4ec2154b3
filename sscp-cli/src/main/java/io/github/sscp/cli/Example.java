package io.github.sscp.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The bundled example partnerships: each a partnership file with the data files it names beside it.
 * Southampton is a real English unitary partnership (its 2024 strategy refresh); Powys a Welsh
 * principal area, public facts with an illustrative strategy.
 */
enum Example {

  /** Southampton Safe City Partnership: England, a unitary city. */
  SOUTHAMPTON("southampton", "southampton-safe-city-partnership.yaml",
      "Southampton Safe City Partnership (England, unitary): the 2024 strategy refresh, with real"
          + " recorded crime for Southampton and five peers and 13 months of police.uk files"),
  /** Powys: Wales, a principal area. */
  POWYS("powys", "powys-community-safety-partnership.yaml",
      "Powys (Wales, principal area): public facts, the Welsh law, real recorded crime for Powys"
          + " and Pembrokeshire; its strategy is illustrative");

  private final String key;
  private final String file;
  private final String description;

  Example(String key, String file, String description) {
    this.key = key;
    this.file = file;
    this.description = description;
  }

  /** The name on the command line. */
  String key() {
    return key;
  }

  /** The partnership file's name. */
  String file() {
    return file;
  }

  /** What it shows, for the list. */
  String description() {
    return description;
  }

  /** The partnership file's bytes, comments included. */
  byte[] yaml() {
    return Inputs.resource("example/" + file);
  }

  /** The names, for messages. */
  static String names() {
    return String.join(", ", Arrays.stream(values()).map(Example::key).toList());
  }

  /**
   * Finds an example by its name.
   *
   * @param key the name
   * @return the example
   * @throws CliException (usage) naming the examples if there is none of that name
   */
  static Example named(String key) {
    Optional<Example> e = Arrays.stream(values()).filter(x -> x.key.equals(key)).findFirst();
    return e.orElseThrow(() -> new CliException(Sscp.USAGE, "unknown example '" + key
        + "'; the examples are " + names() + " (sscp example --list)"));
  }

  /** Every example. */
  static List<Example> all() {
    return List.of(values());
  }
}
