package io.latefusion.experiment;

/** How a variant got one pre-trained encoder: the file, whether reused, the kept epoch, its cost. */
public record PretrainUse(String path, boolean reused, int epoch, double seconds) {
}
