/**
 * The Southampton Safe City Partnership, built from Southampton City Council's 2024 briefing on the
 * strategy refresh (the seed; paragraph numbers are cited beside each part), with real Home Office
 * recorded-crime figures for Southampton. Anything the briefing does not state (Annex 1 is not
 * public) is marked illustrative in the data itself.
 */
@NullMarked
package io.github.sscp.examples.southampton;

import org.jspecify.annotations.NullMarked;
