package io.github.sscp.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A parsed value with its position: the reader's own tree, built token by token. */
sealed interface Node {

  int line();

  int column();

  /** What the value is, for messages. */
  String describe();

  record ObjectNode(Map<String, Node> fields, int line, int column) implements Node {
    // the reader hands over a map of its own, read only after: not copied (a tenth of a read)

    @Override
    public String describe() {
      return "an object";
    }
  }

  record ArrayNode(List<Node> items, int line, int column) implements Node {
    public ArrayNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "an array";
    }
  }

  record StringNode(String value, int line, int column) implements Node {
    @Override
    public String describe() {
      return "a string";
    }
  }

  record NumberNode(BigDecimal value, String text, int line, int column) implements Node {
    @Override
    public String describe() {
      return "a number";
    }
  }

  record BooleanNode(boolean value, int line, int column) implements Node {
    @Override
    public String describe() {
      return "a boolean";
    }
  }

  record NullNode(int line, int column) implements Node {
    @Override
    public String describe() {
      return "null";
    }
  }
}
