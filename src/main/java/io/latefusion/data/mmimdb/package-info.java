/**
 * MM-IMDb (Arevalo et al.): a movie's plot text (300-d mean word2vec) and poster (4096-d VGG
 * features, or the raw poster), 23 genres, several per movie. One loader per published layout —
 * MultiBench's single {@code multimodal_imdb.hdf5}, the study's per-split files — and a synthetic
 * generator with the same shapes, imbalance and co-occurrence, deterministic by seed.
 */
package io.latefusion.data.mmimdb;
