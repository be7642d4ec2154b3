package io.github.sscp.json;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer built a step at a time and written out only when a problem needs it: binding
 * visits every value of a document, and most documents have no problems.
 */
final class Pointer {

  private final @Nullable Pointer parent;
  private final @Nullable String step;
  private final int index;
  private @Nullable String text;

  private Pointer(@Nullable Pointer parent, @Nullable String step, int index, @Nullable String text) {
    this.parent = parent;
    this.step = step;
    this.index = index;
    this.text = text;
  }

  /**
   * Obtains a pointer from its text.
   *
   * @param text the pointer, "" for the root
   * @return the pointer
   */
  static Pointer of(String text) {
    return new Pointer(null, null, -1, text);
  }

  /** The pointer to a property of the value here. */
  Pointer child(String name) {
    return new Pointer(this, name, -1, null);
  }

  /** The pointer to an element of the array here. */
  Pointer child(int i) {
    return new Pointer(this, null, i, null);
  }

  @Override
  public String toString() {
    if (text == null) {
      text = parent + "/" + (step == null ? Integer.toString(index) : TreeReader.escape(step));
    }
    return text;
  }
}
