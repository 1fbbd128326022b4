/** Fusion pooling: how the modality embeddings of a late-fusion model become one vector. */
package io.latefusion.model.fusion;
