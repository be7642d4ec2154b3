/**
 * JSON and YAML interchange for sscp documents: partnerships, compliance reports and KPI
 * assessments, in a versioned envelope with a JSON Schema for each kind. {@link
 * io.github.sscp.json.SscpJson} reads (parse → bind → validate, every problem at once, each with its
 * JSON Pointer and position) and writes (stable property order, absent values omitted, a public
 * view without personal data). Jackson 3 is used only to tokenise and generate; the mapping from
 * JSON to the model is sscp's own, driven by the model's attributes, so the model carries no
 * Jackson annotations. {@link io.github.sscp.json.SscpJsonModule} lets a user's own Jackson mapper
 * read and write sscp values the same way.
 */
@NullMarked
package io.github.sscp.json;

import org.jspecify.annotations.NullMarked;
