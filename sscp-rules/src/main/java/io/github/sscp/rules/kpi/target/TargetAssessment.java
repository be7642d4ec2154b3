package io.github.sscp.rules.kpi.target;

import io.github.sscp.model.measure.Target;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A value judged against a target.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param target the target, not null
 * @param rating the rating, not null
 * @param actual the value judged, if there is one
 * @param aim the value the target resolves to (e.g. baseline less 10%), if it resolves
 * @param shortfall how much worse than the aim the value is, in the measure's unit or, for a
 *     relative policy, as a percentage of the aim; zero or negative when met
 * @param reason why, in plain English, not null
 */
public record TargetAssessment(Target target, TargetRating rating, Optional<BigDecimal> actual,
    Optional<BigDecimal> aim, Optional<BigDecimal> shortfall, String reason) {}
