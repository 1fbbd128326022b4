/**
 * AVMNIST, spoken and written digits: loaders for its published layouts and a synthetic
 * generator that makes a data set of the same shape in Java, with tunable class information per
 * modality, for quick runs and tests without the real files.
 */
package io.latefusion.data.avmnist;
