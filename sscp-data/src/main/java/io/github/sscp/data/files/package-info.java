/**
 * Data files for a partnership, whatever their kind: {@link
 * io.github.sscp.data.files.DataFiles} tells a police.uk street file (or a folder or zip of them), a
 * Home Office CSP table and a tidy CSV apart by their header, reads each with its reader, and gives
 * one {@link io.github.sscp.data.files.DataImport}: the observations for the partnership and its
 * peers, each file's import summary, and the data's attribution.
 */
@NullMarked
package io.github.sscp.data.files;

import org.jspecify.annotations.NullMarked;
