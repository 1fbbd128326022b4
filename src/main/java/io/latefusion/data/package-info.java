/**
 * The domain of multimodal data: modalities and their subsets, splits, labels, and data sets held
 * on the heap until a training step turns a batch of them into NDArrays.
 */
package io.latefusion.data;
