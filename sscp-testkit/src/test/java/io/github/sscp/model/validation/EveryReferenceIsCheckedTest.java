package io.github.sscp.model.validation;

import io.github.sscp.model.constraint.RefersTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.sscp.model.Partnership;
import io.github.sscp.testkit.PartnershipSize;
import io.github.sscp.testkit.SscpSamples;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No reference attribute can escape the validator. Every attribute of every model type named
 * {@code …Id} or {@code …Ids} must declare {@link RefersTo}; and in generated partnerships that use
 * every such attribute, replacing any one reference by an id that does not exist makes the validator
 * report exactly that path.
 */
class EveryReferenceIsCheckedTest {

  /** Attributes that hold an id but refer to nothing in the model. */
  static final Set<String> NOT_MODEL_REFERENCES = Set.of();

  /**
   * References a construction invariant already resolves, so no value with a dangling one can be
   * built (ObservationLogTest shows the log refusing it).
   */
  static final Set<String> RESOLVED_AT_CONSTRUCTION = Set.of("Observation.supersedesId");

  static List<Class<?>> modelTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.sscp.model")) {
      if (c.getSimpleName().startsWith("Immutable") && !c.isNestedClass()) {
        Class<?> impl = c.reflect();
        for (Class<?> i : impl.getInterfaces()) {
          if (i.getSimpleName().equals(c.getSimpleName().substring("Immutable".length()))) {
            types.add(i);
          }
        }
      }
    }
    return types;
  }

  static boolean holdsIds(Method m) {
    return (m.getName().endsWith("Id") || m.getName().endsWith("Ids")) && !m.getName().equals("id")
        && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers());
  }

  @Test
  void everyIdAttributeOfEveryModelTypeDeclaresWhatItRefersTo() {
    List<Class<?>> types = modelTypes();
    assertThat(types).hasSizeGreaterThan(60);
    List<String> undeclared = new ArrayList<>();
    for (Class<?> t : types) {
      for (Method m : t.getMethods()) {
        String name = t.getSimpleName() + "." + m.getName();
        if (holdsIds(m) && isAttributeOf(t, m) && m.getAnnotation(RefersTo.class) == null
            && !NOT_MODEL_REFERENCES.contains(name)) {
          undeclared.add(name);
        }
      }
    }
    assertThat(undeclared).isEmpty();
  }

  @Test
  void aDanglingValueInAnyReferenceAttributeIsReportedAtItsPath() {
    Set<String> declared = modelTypes().stream()
        .flatMap(t -> java.util.Arrays.stream(t.getMethods())
            .filter(m -> m.getAnnotation(RefersTo.class) != null)
            .map(m -> t.getSimpleName() + "." + m.getName()))
        .filter(name -> !RESOLVED_AT_CONSTRUCTION.contains(name))
        .collect(Collectors.toCollection(TreeSet::new));
    Map<String, String> exercised = new LinkedHashMap<>();
    int seeds = io.github.sscp.testkit.Examples.scaled(60);
    for (long seed = 1; seed <= seeds && !exercised.keySet().containsAll(declared); seed++) {
      Partnership p = SscpSamples.partnership(PartnershipSize.typical(), seed);
      assertThat(ModelValidator.shared().validate(p)).isEmpty();
      List<Occurrence> occurrences = new ArrayList<>();
      find(p, new ArrayList<>(), occurrences);
      for (Occurrence o : occurrences) {
        if (exercised.containsKey(o.attribute())) {
          continue;
        }
        Partnership broken;
        try {
          broken = (Partnership) replace(p, o.path(), 0, "no-such-thing");
        } catch (AssertionError e) {
          if (e.getCause() instanceof java.lang.reflect.InvocationTargetException t
              && t.getCause() instanceof io.github.sscp.model.base.InvalidValueException) {
            continue;  // e.g. an observation in a revision chain: the log itself forbids the change
          }
          throw e;
        }
        List<Violation> found = ModelValidator.shared().validate(broken);
        assertThat(found).as("dangling %s at %s", o.attribute(), pathText(o.path()))
            .extracting(Violation::path, Violation::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(pathText(o.path()), Violation.REFERENCE));
        exercised.put(o.attribute(), pathText(o.path()));
      }
    }
    if (io.github.sscp.testkit.Examples.full()) {
      assertThat(exercised.keySet()).as("reference attributes the testkit generates")
          .containsExactlyInAnyOrderElementsOf(declared);
    }
  }

  /** One place a reference attribute holds an id: the attribute and the path to the string. */
  record Occurrence(String attribute, List<Object> path) {}

  /** Walks the value through its accessors, collecting every string held by a @RefersTo attribute. */
  static void find(Object value, List<Object> path, List<Occurrence> found) {
    Class<?> type = modelType(value.getClass());
    if (type == null) {
      return;
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !isAttribute(value, m)) {
        continue;
      }
      Object attribute = invoke(m, value);
      List<Object> at = new ArrayList<>(path);
      at.add(m.getName());
      if (m.getAnnotation(RefersTo.class) != null) {
        String name = type.getSimpleName() + "." + m.getName();
        if (attribute instanceof String) {
          found.add(new Occurrence(name, at));
        } else if (attribute instanceof Optional<?> o && o.isPresent()) {
          found.add(new Occurrence(name, at));
        } else if (attribute instanceof List<?> l) {
          for (int i = 0; i < l.size(); i++) {
            List<Object> element = new ArrayList<>(at);
            element.add(i);
            found.add(new Occurrence(name, element));
          }
        }
        continue;
      }
      descend(attribute, at, found);
    }
  }

  static void descend(Object attribute, List<Object> at, List<Occurrence> found) {
    if (attribute instanceof Optional<?> o) {
      o.ifPresent(inner -> find(inner, at, found));
    } else if (attribute instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        List<Object> element = new ArrayList<>(at);
        element.add(i);
        find(l.get(i), element, found);
      }
    } else if (!(attribute instanceof Collection<?>) && !(attribute instanceof Map<?, ?>)) {
      find(attribute, at, found);
    }
  }

  static boolean isAttributeOf(Class<?> type, Method m) {
    try {
      Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName()).getDeclaredField(m.getName());
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** An accessor is an attribute when the Immutables class holds a field of that name. */
  static boolean isAttribute(Object value, Method m) {
    try {
      value.getClass().getDeclaredField(m.getName());
      return true;
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  /** Rebuilds the value with the string at the path replaced, through the generated with-methods. */
  static Object replace(Object value, List<Object> path, int at, String id) {
    if (at == path.size()) {
      return id;
    }
    String attribute = (String) path.get(at);
    Class<?> type = modelType(value.getClass());
    Method accessor = method(type, attribute);
    Object current = invoke(accessor, value);
    Object updated;
    if (current instanceof Optional<?> o) {
      updated = Optional.of(replace(o.orElseThrow(), path, at + 1, id));
    } else if (current instanceof List<?> l) {
      int index = (Integer) path.get(at + 1);
      List<Object> copy = new ArrayList<>(l);
      copy.set(index, replace(l.get(index), path, at + 2, id));
      updated = copy;
    } else {
      updated = replace(current, path, at + 1, id);
    }
    String with = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (Method m : value.getClass().getMethods()) {
      if (m.getName().equals(with) && m.getParameterCount() == 1 && accepts(m.getGenericParameterTypes()[0],
          m.getParameterTypes()[0], updated)) {
        return invoke(m, value, updated);
      }
    }
    throw new AssertionError("no " + with + " on " + value.getClass());
  }

  static boolean accepts(Type generic, Class<?> raw, Object argument) {
    if (!raw.isInstance(argument)) {
      return false;
    }
    return !(generic instanceof ParameterizedType) || raw != Iterable.class || argument instanceof List;
  }

  static String pathText(List<Object> path) {
    StringBuilder out = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer i) {
        out.append('[').append(i).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(segment);
      }
    }
    return out.toString();
  }

  static Class<?> modelType(Class<?> implementation) {
    if (!implementation.getSimpleName().startsWith("Immutable")) {
      return null;
    }
    for (Class<?> i : implementation.getInterfaces()) {
      if (i.getSimpleName().equals(implementation.getSimpleName().substring("Immutable".length()))) {
        return i;
      }
    }
    return null;
  }

  static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  static Object invoke(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(m + ": " + e.getCause(), e);
    }
  }
}
