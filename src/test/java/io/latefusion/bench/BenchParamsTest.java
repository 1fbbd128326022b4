package io.latefusion.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code threads} and {@code data} parameters read as documented, and bad values are refused by name. */
class BenchParamsTest {

    @Test
    void threadsAreAPositiveCountOrAll() {
        assertThat(EngineThreads.parse("1")).isEqualTo(1);
        assertThat(EngineThreads.parse("2")).isEqualTo(2);
        assertThat(EngineThreads.parse("all")).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void zeroNegativeOrWordsAreNotThreadCounts() {
        for (String bad : new String[] {"0", "-1", "x", "", "2.5", "ALL"}) {
            assertThatThrownBy(() -> EngineThreads.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("threads '" + bad + "'").hasMessageContaining("or all");
        }
    }

    @Test
    void syntheticDataNeedsNoOverrides() {
        DataSource data = DataSource.parse("synthetic");
        assertThat(data.layout()).isEqualTo(DataLayout.SYNTHETIC);
        assertThat(data.overrides()).isEmpty();
    }

    @Test
    void layoutColonFolderBecomesTheLayoutAndPathOverrides(@TempDir Path dir) {
        DataSource data = DataSource.parse("thesis:" + dir);
        assertThat(data.layout()).isEqualTo(DataLayout.THESIS);
        assertThat(data.overrides()).containsExactly("data.layout=thesis", "data.path=" + dir);
        assertThat(DataSource.parse("multibench:" + dir).overrides()).startsWith("data.layout=multibench");
    }

    @Test
    void badDataValuesAreRefusedSayingWhatIsExpected(@TempDir Path dir) {
        assertThatThrownBy(() -> DataSource.parse("real")).hasMessageContaining("Invalid data 'real'")
                .hasMessageContaining("synthetic or LAYOUT:DIR");
        assertThatThrownBy(() -> DataSource.parse("thesis:")).hasMessageContaining("LAYOUT:DIR");
        assertThatThrownBy(() -> DataSource.parse(":" + dir)).hasMessageContaining("LAYOUT:DIR");
        assertThatThrownBy(() -> DataSource.parse("csv:" + dir)).hasMessageContaining("unknown layout 'csv'")
                .hasMessageContaining("thesis, multibench, mmsa");
        assertThatThrownBy(() -> DataSource.parse("thesis:" + dir.resolve("absent")))
                .hasMessageContaining("no folder " + dir.resolve("absent"));
    }
}
