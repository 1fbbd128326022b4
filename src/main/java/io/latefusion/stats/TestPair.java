package io.latefusion.stats;

/**
 * The two tests of one comparison: the t-test (paired or Welch), whose p enters the family
 * correction and the significance marks, and the rank test (Wilcoxon signed-rank or Mann-Whitney
 * U) beside it as a check that does not assume normality. {@code paired} says which design applied.
 */
public record TestPair(boolean paired, TestResult t, TestResult rank) {
}
