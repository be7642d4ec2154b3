package io.github.sscp.model.base;

import java.util.List;
import java.util.Optional;

/**
 * Thrown by a builder's {@code build()} when required attributes were never set, e.g. building a
 * {@code Priority} with no {@code title}. The message names the value type and every missing
 * attribute; {@link #attributes()} lists them.
 */
public class MissingAttributesException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final List<String> attributes;

  /**
   * Creates an exception naming the attributes a builder still lacks. Builders call this; the
   * value type is read from the calling builder.
   *
   * @param attributes the missing attributes, not empty
   */
  public MissingAttributesException(String... attributes) {
    super(message(callingType(), attributes));
    this.attributes = List.of(attributes);
  }

  private static String message(Optional<String> type, String... attributes) {
    return String.join(", ", attributes) + ": " + type.map(t -> t + " ").orElse("")
        + (attributes.length == 1 ? "needs this attribute" : "needs these attributes")
        + ", which " + (attributes.length == 1 ? "was" : "were") + " not set";
  }

  /** The value type whose generated builder is throwing, e.g. "Priority". */
  private static Optional<String> callingType() {
    return StackWalker.getInstance().walk(frames -> frames
        .map(StackWalker.StackFrame::getClassName)
        .filter(name -> name.contains(".Immutable") && name.endsWith("$Builder"))
        .findFirst()
        .map(name -> name.substring(name.lastIndexOf(".Immutable") + ".Immutable".length(),
            name.length() - "$Builder".length()).replace('$', '.')));
  }

  /**
   * Obtains the attributes that were not set.
   *
   * @return the attribute names, in declaration order, not null
   */
  public List<String> attributes() {
    return attributes;
  }
}
