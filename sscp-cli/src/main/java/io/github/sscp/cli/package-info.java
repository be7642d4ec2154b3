/**
 * The {@code sscp} command: {@link io.github.sscp.cli.Sscp} is its entry point; each subcommand
 * is a class here. The only module that reads files and writes to the terminal.
 */
@NullMarked
package io.github.sscp.cli;

import org.jspecify.annotations.NullMarked;
