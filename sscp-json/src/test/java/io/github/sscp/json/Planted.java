package io.github.sscp.json;

import io.github.sscp.model.base.PersonalData;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.time.Quarter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value type that is not the model's, with one attribute of each kind the model has: the
 * planted type of {@code NewAttributeTest}.
 */
@Value.Immutable
public interface Planted {

  /** The planted value's id. */
  @Id
  String id();

  /** Text that must not be blank. */
  @NotBlank
  String text();

  /** Another planted value, by id. */
  @RefersTo(Planted.class)
  Optional<@Id String> otherId();

  /** A telephone number: personal data. */
  @PersonalData
  Optional<String> phone();

  /** A date. */
  LocalDate on();

  /** A quarter. */
  Optional<Quarter> quarter();

  /** Labels by name. */
  Map<String, String> labels();

  /** Values inside this one. */
  List<@Valid Planted> children();
}
