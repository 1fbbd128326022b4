/**
 * AVMNIST (audio spectrogram + MNIST digit, 10 classes): one loader per published layout — the
 * study's per-sample {@code .pt} files listed in CSVs, and MultiBench's {@code .npy} arrays — the
 * image mappings the study's preprocessing applies, and a synthetic generator that makes a data set
 * of the same shape in Java, with tunable class information per modality, for quick runs and tests.
 */
package io.latefusion.data.avmnist;
