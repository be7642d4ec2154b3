package io.github.sscp.rules.compliance;

/**
 * A duty that is not the partnership's, or law not yet in force: shown for information, never
 * scored.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param id the id, e.g. "VPA24-S19-DARDR", not null
 * @param title what it is, not null
 * @param status its status, e.g. "prospective: not in force", not null
 * @param note what a partnership should know, not null
 * @param url where to read more, not null
 */
public record Information(String id, String title, String status, String note, String url) {}
