/**
 * Training: the epoch loop with per-step memory scopes, missing modalities drawn per training
 * sample, per-encoder learning rates, subset evaluation, early stopping, best-epoch selection,
 * the best weights' test-time robustness curves, convergence readings, and the epoch records they
 * produce.
 */
package io.latefusion.train;
