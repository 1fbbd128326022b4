/**
 * The research report of repeated runs: reads an experiment or grid results folder (every cell ×
 * seed a run record), groups the runs into arms (cell × variant), checks that the folder holds one
 * experiment and that the arms are compared fairly, runs the statistics of {@code io.latefusion.stats}
 * over every metric the records hold, and writes {@code report.md} and a self-contained
 * {@code report.html} with JFreeChart charts inlined as SVG.
 */
package io.latefusion.report.research;
