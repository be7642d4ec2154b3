package io.github.sscp.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see Immutables-style accessors ({@code name()}) as properties, so that
 * constraints on them are checked. Any no-argument, non-void method is a property, named as it is
 * written; {@code hashCode}, {@code toString} and {@code getClass} are not. Only properties with
 * constraints are ever read, so derived queries without any are never called.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass",
      "builder", "check", "normalise");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
