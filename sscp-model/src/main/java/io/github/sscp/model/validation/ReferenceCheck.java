package io.github.sscp.model.validation;

import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.shape.Attribute;
import io.github.sscp.model.shape.Shape;
import io.github.sscp.model.shape.TypeRef;
import io.github.sscp.model.shape.ValueShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The model's id checks, driven by the annotations beside the attributes: every value with an
 * {@code id} is registered under each value that encloses it; ids must be unique within their
 * {@link IdScope}; and every attribute marked {@link RefersTo}, wherever it sits in the partnership,
 * must name an id registered within its scope. Nothing here lists the model's types, so a reference
 * added to the model is checked as soon as it is annotated.
 */
final class ReferenceCheck {

  /** A reference met during the walk, resolved once every id is known. */
  private record Reference(At path, String id, Class<?> target, Object scope, boolean inScope) {}

  /**
   * Where a value sits, written out only when a violation needs it: the walk visits every
   * attribute of a partnership, and building each path as text up front cost more than the check.
   */
  private record At(@Nullable At parent, @Nullable String name, @Nullable String index) {

    static final At ROOT = new At(null, null, null);

    At attribute(String attribute) {
      return new At(this, attribute, null);
    }

    At element(Object key) {
      return new At(this, null, String.valueOf(key));
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "";
      }
      String before = parent.toString();
      if (index != null) {
        return before + "[" + index + "]";
      }
      return before.isEmpty() ? String.valueOf(name) : before + "." + name;
    }
  }

  private final Object root;
  private final List<Violation> found = new ArrayList<>();
  private final Map<Class<?>, Map<Object, Set<String>>> known = new HashMap<>();
  private final Map<Class<?>, Map<Object, Set<String>>> seen = new HashMap<>();
  private final List<Reference> references = new ArrayList<>();

  ReferenceCheck(Object root) {
    this.root = root;
  }

  List<Violation> run() {
    for (CrimeCategory c : CrimeCategories.all()) {
      ids(known, CrimeCategory.class, root).add(c.id());
      ids(seen, CrimeCategory.class, root).add(c.id());
    }
    Deque<Object> enclosing = new ArrayDeque<>();
    walk(root, At.ROOT, enclosing);
    for (Reference r : references) {
      if (!ids(known, r.target(), r.scope()).contains(r.id())) {
        found.add(new Violation(r.path().toString(), "refers to " + words(r.target()) + " '" + r.id()
            + "', which does not exist" + (r.inScope() ? " here" : ""), Violation.REFERENCE));
      }
    }
    return found;
  }

  private void walk(Object value, At path, Deque<Object> enclosing) {
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        walk(o.get(), path, enclosing);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path.element(i), enclosing);
      }
    } else if (value instanceof Collection<?> set) {
      for (Object element : set) {
        walk(element, path.element(""), enclosing);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getValue(), path.element(e.getKey()), enclosing);
      }
    } else if (value != null) {
      Optional<ValueShape> shape = ValueShape.forValue(value);
      if (shape.isPresent() && shape.get().shape() == Shape.VALUE) {
        walkValue(value, shape.get(), path, enclosing);
      }
    }
  }

  private void walkValue(Object value, ValueShape shape, At path, Deque<Object> enclosing) {
    enclosing.push(value);
    for (Attribute a : shape.attributes()) {
      if (!a.isId() && a.refersTo().isEmpty() && !mayHoldValues(a.type())) {
        continue;
      }
      Object attribute = a.read(value);
      if (attribute == null) {
        continue;
      }
      At at = path.attribute(a.name());
      if (a.isId() && attribute instanceof String id) {
        register(shape, id, at, enclosing);
      }
      a.refersTo().ifPresent(r -> collect(r, attribute, at, enclosing));
      walk(attribute, at, enclosing);
    }
    enclosing.pop();
  }

  /** Whether a declared type can hold a model value with ids or references below it. */
  private static boolean mayHoldValues(TypeRef type) {
    return switch (type.shape()) {
      case VALUE, OTHER -> true;
      case OPTIONAL, LIST, SET, MAP -> mayHoldValues(type.element());
      default -> false;
    };
  }

  private void register(ValueShape shape, String id, At path, Deque<Object> enclosing) {
    Class<?> type = shape.type();
    Iterator<Object> outward = enclosing.iterator();
    outward.next();  // the value itself
    while (outward.hasNext()) {
      ids(known, type, outward.next()).add(id);
    }
    Object owner = shape.idScope().map(scope -> nearest(scope, enclosing, 1)).orElse(root);
    if (!ids(seen, type, owner).add(id)) {
      found.add(new Violation(path.toString(), "id '" + id + "' is already used by another " + words(type)
          + (type == CrimeCategory.class ? " (or a built-in one)" : ""), Violation.DUPLICATE_ID));
    }
  }

  private void collect(RefersTo refersTo, Object attribute, At path, Deque<Object> enclosing) {
    boolean inScope = refersTo.within() != Object.class;
    Object scope = inScope ? nearest(refersTo.within(), enclosing, 0) : root;
    if (attribute instanceof String id) {
      references.add(new Reference(path, id, refersTo.value(), scope, inScope));
    } else if (attribute instanceof Optional<?> o && o.isPresent()) {
      references.add(new Reference(path, (String) o.get(), refersTo.value(), scope, inScope));
    } else if (attribute instanceof List<?> ids) {
      for (int i = 0; i < ids.size(); i++) {
        references.add(new Reference(path.element(i), (String) ids.get(i), refersTo.value(),
            scope, inScope));
      }
    }
  }

  /** The nearest enclosing value of a type, skipping {@code skip} innermost values; else the root. */
  private Object nearest(Class<?> type, Deque<Object> enclosing, int skip) {
    int i = 0;
    for (Object o : enclosing) {
      if (i++ >= skip && type.isInstance(o)) {
        return o;
      }
    }
    return root;
  }

  private static Set<String> ids(Map<Class<?>, Map<Object, Set<String>>> table, Class<?> type,
      Object scope) {
    return table.computeIfAbsent(type, t -> new IdentityHashMap<>())
        .computeIfAbsent(scope, s -> new HashSet<>());
  }

  /** "GovernanceBody" → "governance body". */
  static String words(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
