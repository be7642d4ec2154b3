/**
 * JMH benchmarks of the KPI engine, each measured against a baseline in the same run so that the
 * figures are ratios, not machine-dependent times: SPC against a bare mean-and-moving-range loop,
 * the rolling 12-month comparison against bare window sums, and a national-scale batch on one
 * thread against two. {@link io.github.sscp.benchmarks.BudgetReport} runs the short profile and
 * prints each figure beside its budget.
 */
package io.github.sscp.benchmarks;
