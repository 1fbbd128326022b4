/**
 * Models: the per-modality encoders (the study's CNNs, ResNet-18/34, MultiBench's LeNet), the
 * late-fusion model that pools their embeddings, and the classifier head. Built from config
 * records; trained by {@code io.latefusion.train}.
 */
package io.latefusion.model;
