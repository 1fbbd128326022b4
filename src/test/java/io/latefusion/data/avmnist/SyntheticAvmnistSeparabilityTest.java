package io.latefusion.data.avmnist;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import org.junit.jupiter.api.Test;

/**
 * How much each modality tells about the label, measured by a nearest-centroid classifier fitted
 * on the training split and scored on the test split.
 */
class SyntheticAvmnistSeparabilityTest {

    private static final long SEED = 20_240_601;

    @Test
    void atTheDefaultsTheImageIsStrongerAndBothTogetherAreBest() {
        MultimodalDataset ds = SyntheticAvmnist.generate(SyntheticAvmnistOptions.defaults(), SEED);
        SplitData train = ds.split(Split.TRAIN);
        SplitData validation = ds.split(Split.VALIDATION);
        SplitData test = ds.split(Split.TEST);
        int[] trainLabels = train.labels().classes();
        int[] validationLabels = validation.labels().classes();
        int[] testLabels = test.labels().classes();

        NearestCentroid image = NearestCentroid.fit(train.input(Modality.IMAGE), trainLabels, 10);
        NearestCentroid audio = NearestCentroid.fit(train.input(Modality.AUDIO), trainLabels, 10);
        double[][] imageTest = image.distances(test.input(Modality.IMAGE));
        double[][] audioTest = audio.distances(test.input(Modality.AUDIO));
        double imageAccuracy = NearestCentroid.accuracy(testLabels, imageTest);
        double audioAccuracy = NearestCentroid.accuracy(testLabels, audioTest);

        // Both: each modality's distances weighted by a temperature calibrated on validation.
        double imageWeight = NearestCentroid.calibrate(image.distances(validation.input(Modality.IMAGE)),
                validationLabels);
        double audioWeight = NearestCentroid.calibrate(audio.distances(validation.input(Modality.AUDIO)),
                validationLabels);
        double bothAccuracy = NearestCentroid.accuracy(testLabels,
                NearestCentroid.scaled(imageTest, imageWeight), NearestCentroid.scaled(audioTest, audioWeight));

        System.out.printf("nearest centroid accuracy: image %.3f, audio %.3f, both %.3f%n",
                imageAccuracy, audioAccuracy, bothAccuracy);
        assertThat(imageAccuracy).isGreaterThan(0.5);
        assertThat(audioAccuracy).isGreaterThan(0.3);
        assertThat(imageAccuracy - audioAccuracy).isGreaterThan(0.1);
        assertThat(bothAccuracy).isGreaterThan(imageAccuracy);
    }

    @Test
    void anImageWithoutSignalIsAtChance() {
        SyntheticAvmnistOptions noImageSignal = new SyntheticAvmnistOptions(1000, 1, 500, 16, 0, 0.6, 0.3);
        MultimodalDataset ds = SyntheticAvmnist.generate(noImageSignal, SEED);
        SplitData train = ds.split(Split.TRAIN);
        SplitData test = ds.split(Split.TEST);
        NearestCentroid image = NearestCentroid.fit(train.input(Modality.IMAGE), train.labels().classes(), 10);
        double accuracy = NearestCentroid.accuracy(test.labels().classes(),
                image.distances(test.input(Modality.IMAGE)));
        assertThat(accuracy).isLessThan(0.2);
    }
}
