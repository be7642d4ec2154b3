package io.github.sscp.model.validation;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.shape.Attribute;
import io.github.sscp.model.shape.Shapes;
import io.github.sscp.model.shape.ValueShape;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see Immutables-style accessors ({@code name()}) as properties, so that
 * constraints on them are checked: a no-argument method is a property when the model's shape has
 * an attribute of its name. Derived queries ({@code current()}, {@code chairs()}) are not
 * properties, so validation never calls them.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

  /** Every attribute name of every value type a partnership reaches. */
  private static final Set<String> ATTRIBUTES = attributeNames();

  private static Set<String> attributeNames() {
    Set<String> names = new HashSet<>();
    for (ValueShape s : Shapes.reachable(Partnership.class)) {
      for (Attribute a : s.attributes()) {
        names.add(a.name());
      }
    }
    return Set.copyOf(names);
  }

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || !ATTRIBUTES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
