/**
 * Models: the per-modality encoders (the study's CNNs, ResNet-18/34, MultiBench's LeNet, and over
 * feature vectors the study's BatchNorm1d + Linear and MultiBench's MaxOut-MLP), the late-fusion
 * model that pools their embeddings, and the classifier head (an MLP or the study's MaxOut one). Built from config
 * records; trained by {@code io.latefusion.train}.
 */
package io.latefusion.model;
