package io.latefusion.data.avmnist;

import io.latefusion.data.MultimodalDataset;

/**
 * The study-layout AVMNIST data set together with the audio standardisation measured on its training
 * split (on log power), kept so a report can show it and new audio can be preprocessed the same way.
 */
public record ThesisAvmnist(MultimodalDataset dataset, Standardisation audioStandardisation) {
}
