package io.github.sscp.rules.compliance;

import java.time.LocalDate;

/**
 * A date on which a finding changes, and why.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param date the first day of the new outcome, not null
 * @param ruleId the rule, not null
 * @param title the rule's title, not null
 * @param before the outcome the day before, not null
 * @param after the outcome from this day, not null
 * @param why the law's change or the records' change that caused it, not null
 */
public record TimelineEntry(LocalDate date, String ruleId, String title, Outcome before,
    Outcome after, String why) {}
