/**
 * The CI regression gate: reads JMH result files (JMH's {@code -rf json} array, or a project
 * {@code report.json} that embeds it under {@code "jmh"}) with their raw samples and the suite's
 * record of where they ran, matches benchmarks by name, params and mode, and judges each pair by a
 * seeded bootstrap interval of the ratio of means against a threshold; {@code --normalise
 * reference} takes the ratio of each side's ratio to its own reference benchmark. Also: the A/A
 * calibration of the gate's false alarms, change points over a history, and the CI outputs
 * (markdown, JUnit XML, github-action-benchmark JSON).
 */
package io.latefusion.report.compare;
