/**
 * Statistics over repeated runs (Apache Commons Math 3.6.1): summaries with t-intervals,
 * paired and unpaired significance tests, family-wise corrections, effect sizes, seeded bootstrap
 * intervals, MLPerf-style time-to-target aggregation, break-even counts and run stability. Plain
 * numbers in, records out: nothing here knows about files or reports.
 */
package io.latefusion.stats;
