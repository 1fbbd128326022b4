package io.latefusion.data.mmimdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataException;
import io.latefusion.data.Split;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitRangesTest {

    private static final Path FILE = Path.of("multimodal_imdb.hdf5");

    @Test
    void usesMultiBenchsSplitForTheFullFile() {
        Map<Split, long[]> rows = SplitRanges.multibench().resolve(25959, FILE);
        assertThat(rows.get(Split.TRAIN)).containsExactly(0, 15552);
        assertThat(rows.get(Split.VALIDATION)).containsExactly(15552, 18160);
        assertThat(rows.get(Split.TEST)).containsExactly(18160, 25959);
    }

    @Test
    void refusesMultiBenchsSplitForAnotherRowCount() {
        assertThatThrownBy(() -> SplitRanges.multibench().resolve(1000, FILE)).isInstanceOf(DataException.class)
                .hasMessageContaining("multimodal_imdb.hdf5 has 1000 rows").hasMessageContaining("needs 25959")
                .hasMessageContaining("data.multibench");
    }

    @Test
    void usesConfiguredRangesAndFractionsForASmallFile() {
        SplitRanges ranges = new SplitRanges(List.of(10L, 70L), List.of(0L, 10L), List.of(70L, 100L), null);
        Map<Split, long[]> rows = ranges.resolve(100, FILE);
        assertThat(rows.get(Split.TRAIN)).containsExactly(10, 70);
        assertThat(rows.get(Split.VALIDATION)).containsExactly(0, 10);
        assertThat(rows.get(Split.TEST)).containsExactly(70, 100);
        Map<Split, long[]> shares = new SplitRanges(null, null, null, List.of(0.6, 0.1, 0.3)).resolve(101, FILE);
        assertThat(shares.get(Split.TRAIN)).containsExactly(0, 60);
        assertThat(shares.get(Split.VALIDATION)).containsExactly(60, 70);
        assertThat(shares.get(Split.TEST)).containsExactly(70, 100);
        assertThatThrownBy(() -> new SplitRanges(null, null, null, List.of(0.5, 0.1, 0.01)).resolve(50, FILE))
                .isInstanceOf(DataException.class).hasMessageContaining("test split empty");
    }

    @Test
    void refusesIncompleteOverlappingOrMixedSettings() {
        assertThatThrownBy(() -> new SplitRanges(List.of(0L, 10L), null, null, null))
                .hasMessageContaining("together (got 1 of 3)");
        assertThatThrownBy(() -> new SplitRanges(List.of(0L, 10L), List.of(5L, 12L), List.of(12L, 20L), null))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> new SplitRanges(List.of(0L, 10L), List.of(10L, 12L), List.of(12L, 20L),
                List.of(0.5, 0.2, 0.3))).hasMessageContaining("not both");
        assertThatThrownBy(() -> new SplitRanges(null, null, null, List.of(0.7, 0.2, 0.3)))
                .hasMessageContaining("at most 1");
        assertThatThrownBy(() -> new SplitRanges(List.of(5L, 5L), List.of(10L, 12L), List.of(12L, 20L), null))
                .hasMessageContaining("data.multibench.train");
    }
}
