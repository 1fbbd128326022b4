/**
 * CMU-MOSI (text, audio and video sequences; sentiment in [-3, 3]): one loader per published layout
 * — MMSA's {@code aligned_50.pkl} / {@code unaligned_50.pkl} and MultiBench's {@code mosi_raw.pkl} —
 * a synthetic generator of the same shape, and the tasks the sentiment is turned into (3-class,
 * binary, 7-class, regression). Sequences are stored with their real steps first and each sample's
 * length, so the sequence encoders can mask the padding.
 */
package io.latefusion.data.mosi;
