package io.latefusion.report;

/**
 * One pre-trained encoder's share of a cell's cost: its file, whether the cell reused it from the
 * cache, the kept epoch, its pre-training seconds in full, how many cells of the run use that same
 * file, and the seconds amortised over them ({@code secondsFull / sharedBy}).
 */
public record EncoderCost(String modality, String path, boolean reused, int epoch, double secondsFull, int sharedBy,
                          double secondsAmortised) {
}
