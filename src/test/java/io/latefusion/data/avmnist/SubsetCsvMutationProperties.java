package io.latefusion.data.avmnist;

import io.latefusion.data.format.MutatedReads;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The split CSV reader on damaged copies of a valid CSV keeps the {@link MutatedReads} contract. */
class SubsetCsvMutationProperties {

    private static final byte[] CSV = ("\uFEFFaudio,image,label\n" + "spectrograms/a.pt,images/0.pt,3\n"
            + "spectrograms/b.pt,images/100.pt,7\n" + "spectrograms/b.pt,images/200.pt,1\n")
            .getBytes(StandardCharsets.UTF_8);

    @Provide
    Arbitrary<byte[]> csvFiles() {
        return MutatedReads.of(CSV, CSV.length);
    }

    @Property(tries = 200, seed = MutatedReads.SEED)
    void subsetCsv(@ForAll("csvFiles") byte[] bytes) {
        MutatedReads.assertEndsWell(bytes, "train_subset.csv", file -> SubsetCsv.read(file, 10));
    }
}
