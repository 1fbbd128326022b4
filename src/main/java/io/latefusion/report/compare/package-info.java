/**
 * The CI regression gate: reads two JMH result files (JMH's {@code -rf json} array, or a project
 * {@code report.json} that embeds it under {@code "jmh"}), matches benchmarks by name, params and
 * mode, and judges each pair a regression, an improvement or noise. A change counts only when it
 * is beyond the tolerance and JMH's confidence intervals do not overlap; {@code --normalise
 * reference} divides by each file's reference benchmark so that different machines compare.
 */
package io.latefusion.report.compare;
