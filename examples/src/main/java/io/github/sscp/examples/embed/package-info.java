/**
 * sscp as a council developer embeds it: a short program that reads a partnership file, adds a
 * month of its own observations, assesses every measure of success and writes the compliance
 * report as JSON, using the library alone.
 */
@NullMarked
package io.github.sscp.examples.embed;

import org.jspecify.annotations.NullMarked;
