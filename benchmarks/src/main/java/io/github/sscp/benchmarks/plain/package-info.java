/**
 * The JSON benchmark's baseline: plain records shaped like the partnership document, generated
 * from the model by sscp-json's test class {@code PlainRecords}.
 */
package io.github.sscp.benchmarks.plain;
