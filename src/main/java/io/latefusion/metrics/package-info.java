/**
 * Quality metrics computed on the heap from truth and predictions, defined exactly as
 * scikit-learn defines them, so numbers here can be set beside the study's Python numbers.
 * Each metric set is a record whose values can also be looked up by their config/JSON name
 * ({@code accuracy}, {@code f1_macro}, ...), which is how convergence targets name them.
 */
package io.latefusion.metrics;
