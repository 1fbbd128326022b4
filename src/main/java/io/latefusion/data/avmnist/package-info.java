/**
 * AVMNIST (audio spectrogram + MNIST digit, 10 classes): one loader per published layout — the
 * study's per-sample {@code .pt} files listed in CSVs, and MultiBench's {@code .npy} arrays — and the
 * image mappings the study's preprocessing applies.
 */
package io.latefusion.data.avmnist;
