/**
 * Training: the epoch loop with per-step memory scopes, missing modalities drawn per training
 * sample, per-encoder learning rates, subset evaluation, early stopping, best-epoch selection,
 * convergence readings, and the epoch records they produce.
 */
package io.latefusion.train;
