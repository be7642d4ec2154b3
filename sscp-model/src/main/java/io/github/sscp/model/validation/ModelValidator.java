package io.github.sscp.model.validation;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.shape.Shapes;
import io.github.sscp.model.shape.ValueShape;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Finds every problem in a model value at once: broken Jakarta constraints (blank names, malformed
 * ids, negative counts) with their property paths and, for a {@link Partnership}, ids that are
 * duplicated or refer to nothing ({@link io.github.sscp.model.constraint.RefersTo}), observed values impossible for their measure,
 * two current values for one period, numeric targets on context-only measures, repeated positions,
 * and roles, nations and council tiers that do not fit each other.
 *
 * <p>Building the underlying Hibernate Validator factory costs a few hundred milliseconds, so build
 * a validator once and reuse it; {@link #shared()} holds one for the whole process, built on first
 * use. Hibernate Validator's start-up INFO line is not logged unless its logger is configured.
 *
 * <p>Thread-safe.
 */
public final class ModelValidator {

  private final Validator validator;

  private ModelValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * Obtains the process-wide validator, building it on first use.
   *
   * @return the shared validator, not null
   */
  public static ModelValidator shared() {
    return Holder.INSTANCE;
  }

  /**
   * Builds a new validator. Prefer {@link #shared()} unless isolation is needed.
   *
   * @return a new validator, not null
   */
  public static ModelValidator create() {
    QuietStartup.apply();
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorPropertySelection())
        .buildValidatorFactory();
    return new ModelValidator(factory.getValidator());
  }

  /**
   * Builds the validator's knowledge of every model type reachable from {@link Partnership} now
   * rather than at the first validation: call it on a background thread at start-up so that
   * reading a first document does not wait for it. Safe to call more than once, from any thread.
   *
   * @return this validator
   */
  public ModelValidator prepare() {
    for (ValueShape shape : Shapes.reachable(Partnership.class)) {
      validator.getConstraintsForClass(shape.implementation());
    }
    return this;
  }

  /**
   * Validates a model value. A partnership is also checked for duplicate and dangling ids and
   * for consistency between its values.
   *
   * @param value any sscp model value, not null
   * @return every violation, sorted by path; empty if the value is valid
   */
  public List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    List<Violation> found = new ArrayList<>();
    for (ConstraintViolation<Object> v : validator.validate(value)) {
      String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      found.add(new Violation(format(v.getPropertyPath()), v.getMessage(), code));
    }
    if (value instanceof Partnership p) {
      found.addAll(new ReferenceCheck(p).run());
      found.addAll(new ConsistencyCheck(p).run());
    }
    found.sort(null);
    return List.copyOf(found);
  }

  /**
   * Checks the ids and references within any model value taken as a whole: ids repeated within
   * their scope, and references ({@link io.github.sscp.model.constraint.RefersTo}) that name no
   * value inside it or among the built-in crime categories. {@link #validate(Object)} does this for
   * a partnership; this checks a part of one, or a value of an embedder's own type, on its own.
   *
   * @param root the value, not null
   * @return every violation, sorted by path; empty if every id is unique and every reference
   *     resolves
   */
  public List<Violation> checkReferences(Object root) {
    Objects.requireNonNull(root, "root");
    List<Violation> found = new ArrayList<>(new ReferenceCheck(root).run());
    found.sort(null);
    return List.copyOf(found);
  }

  /**
   * Validates a model value and throws if anything is wrong.
   *
   * @param <T> the value's type
   * @param value the value, not null
   * @return the value, for chaining
   * @throws ModelValidationException listing every violation, if there is any
   */
  public <T> T requireValid(T value) {
    List<Violation> violations = validate(value);
    if (!violations.isEmpty()) {
      throw new ModelValidationException(violations);
    }
    return value;
  }

  /** Formats a Jakarta path as {@code a[0].b.c[2]}, leaving out container-element nodes. */
  static String format(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        out.append('[').append(at == null ? "" : at).append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(node.getName());
      }
    }
    return out.toString();
  }

  /**
   * Keeps Hibernate Validator's "HV000001: Hibernate Validator x.y" INFO line off the console: it
   * logs through java.util.logging unless another backend is on the class path, and a user of a
   * command-line tool does not need it. A level someone has already set is left alone.
   */
  private static final class QuietStartup {
    private static final java.util.logging.Logger VERSION_LOG =
        java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

    static void apply() {
      if (VERSION_LOG.getLevel() == null) {
        VERSION_LOG.setLevel(java.util.logging.Level.WARNING);
      }
    }
  }

  private static final class Holder {
    static final ModelValidator INSTANCE = create();
  }
}
