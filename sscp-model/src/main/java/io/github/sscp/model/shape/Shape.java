package io.github.sscp.model.shape;

/** How a Java type is held and written: as text, a number, a value with attributes, a container. */
public enum Shape {
  /** A type with a canonical text: dates, months, reporting periods, codes, money. */
  TEXT,
  /** An enum, written by its constant's name. */
  ENUM,
  /** A string. */
  STRING,
  /** A boolean. */
  BOOLEAN,
  /** An int. */
  INT,
  /** A long. */
  LONG,
  /** A double. */
  DOUBLE,
  /** A BigDecimal. */
  DECIMAL,
  /** An Immutables value: an abstract type with a generated implementation and builder. */
  VALUE,
  /** A record. */
  RECORD,
  /** {@code Optional<T>}. */
  OPTIONAL,
  /** {@code OptionalInt}. */
  OPTIONAL_INT,
  /** {@code OptionalLong}. */
  OPTIONAL_LONG,
  /** {@code OptionalDouble}. */
  OPTIONAL_DOUBLE,
  /** A list. */
  LIST,
  /** A set. */
  SET,
  /** A map. */
  MAP,
  /** Anything else: a type the model's shape does not describe. */
  OTHER;

  /**
   * Checks if this shape holds attributes.
   *
   * @return true for values and records
   */
  public boolean hasAttributes() {
    return this == VALUE || this == RECORD;
  }

  /**
   * Checks if this shape is an optional of some kind.
   *
   * @return true for the four optionals
   */
  public boolean isOptional() {
    return this == OPTIONAL || this == OPTIONAL_INT || this == OPTIONAL_LONG
        || this == OPTIONAL_DOUBLE;
  }

  /**
   * Checks if this shape may be left out of a document: optionals and containers.
   *
   * @return true for optionals, lists, sets and maps
   */
  public boolean mayBeAbsent() {
    return isOptional() || this == LIST || this == SET || this == MAP;
  }
}
