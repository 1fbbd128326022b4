/**
 * Models: per-modality encoders, the late-fusion model that pools their embeddings, and the
 * classifier head. Built from config records; trained by {@code io.latefusion.train}.
 */
package io.latefusion.model;
