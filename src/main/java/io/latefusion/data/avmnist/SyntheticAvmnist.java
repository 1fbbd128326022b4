package io.latefusion.data.avmnist;

import io.latefusion.data.HeapAllocation;
import io.latefusion.data.Labels;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.RandomStream;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic AVMNIST made in Java: a handwritten-looking digit image (1×28×28, in [0, 1]) and a
 * spoken-digit spectrogram (1×audioSize×audioFrames, standardised log power) per sample, balanced labels
 * over the ten digits. Each modality shows the sample's own digit with probability equal to its
 * signal option and a uniformly random digit otherwise, so how much each modality knows about the
 * label is set, not hoped for. The same options and seed give the same data, bit for bit; each
 * split draws its labels, images and spectrograms from streams of their own, so changing one
 * split's size leaves the other splits as they were.
 */
public final class SyntheticAvmnist {

    public static final String NAME = "avmnist";
    public static final int NUM_CLASSES = 10;

    private SyntheticAvmnist() {
    }

    /** Generates the three splits. */
    public static MultimodalDataset generate(SyntheticAvmnistOptions options, long seed) {
        DigitRenderer image = new DigitImageRenderer(options.noise());
        DigitRenderer audio = new SpectrogramRenderer(options.audioSize(), options.audioFrames(), options.noise());
        SplittableRandom root = new SplittableRandom(seed);
        Map<Split, SplitData> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            RandomStream labelStream = new RandomStream(root.split());
            RandomStream imageStream = new RandomStream(root.split());
            RandomStream audioStream = new RandomStream(root.split());
            int[] labels = balancedLabels(options.size(split), labelStream);
            Map<Modality, ModalityData> inputs = new EnumMap<>(Modality.class);
            inputs.put(Modality.AUDIO, render(audio, labels, options.audioSignal(), audioStream));
            inputs.put(Modality.IMAGE, render(image, labels, options.imageSignal(), imageStream));
            splits.put(split, new SplitData(inputs, Labels.ofClasses(labels, NUM_CLASSES)));
        }
        return new MultimodalDataset(NAME, ModalitySet.of(Modality.AUDIO, Modality.IMAGE), TaskType.SINGLE_LABEL,
                NUM_CLASSES, splits);
    }

    /** 0..9 repeated to {@code count}, shuffled: every class within one sample of count/10. */
    private static int[] balancedLabels(int count, RandomStream rng) {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % NUM_CLASSES;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rng.index(i + 1);
            int t = labels[i];
            labels[i] = labels[j];
            labels[j] = t;
        }
        return labels;
    }

    /** One modality of a split: each sample shows its label with probability {@code signal}. */
    private static ModalityData render(DigitRenderer renderer, int[] labels, double signal, RandomStream rng) {
        int size = renderer.sampleSize();
        float[] values = HeapAllocation.floats("the synthetic samples", labels.length, renderer.sampleShape());
        for (int i = 0; i < labels.length; i++) {
            int shown = rng.uniform() < signal ? labels[i] : rng.index(NUM_CLASSES);
            renderer.render(shown, rng, values, i * size);
        }
        return new ModalityData(renderer.sampleShape(), labels.length, values);
    }
}
