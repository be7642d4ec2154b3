package io.github.sscp.rules.kpi.peer;

/**
 * One area's line in a peer table: its value (a rate or a percentage change) and rank.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param id the area's id, not null
 * @param value its rate per {@code ratePer} people, or its percentage change
 * @param rank its rank, 1 = best; tied values share the best rank
 */
public record PeerRow(String id, double value, int rank) {}
