/**
 * Training: the epoch loop with per-step memory scopes, subset evaluation, early stopping,
 * best-epoch selection, convergence readings, and the epoch records they produce.
 */
package io.latefusion.train;
