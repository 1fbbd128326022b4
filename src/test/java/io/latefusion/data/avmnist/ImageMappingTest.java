package io.latefusion.data.avmnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImageMappingTest {

    private static final Path STUDY_TABLE = Path.of("../shared/data/study-preprocessing/gist_earth_luma.csv");

    @Test
    void gistEarthMatchesTheStudysOwnTable() throws IOException {
        assumeTrue(Files.isRegularFile(STUDY_TABLE), "shared study-preprocessing table present");
        List<String> rows = Files.readAllLines(STUDY_TABLE).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(rows).hasSize(256);
        for (String row : rows) {
            String[] f = row.split(",");
            int pixel = Integer.parseInt(f[0].strip());
            assertThat((double) ImageMapping.GIST_EARTH.apply(pixel)).as("pixel %d", pixel)
                    .isCloseTo(Double.parseDouble(f[1].strip()), within(1e-6));
        }
    }

    @Test
    void gistEarthHasTheShapeTheStudyDescribes() {
        float[] t = ImageMapping.GIST_EARTH.lookupTable();
        assertThat(t[0]).isZero();
        assertThat((double) t[255]).isCloseTo(0.984314, within(1e-6));
        int down = 0;
        for (int i = 1; i < t.length; i++) {
            down += t[i] < t[i - 1] ? 1 : 0;
        }
        assertThat(down).as("steps that go down").isEqualTo(9);
        assertThat(IntStream.range(0, 256).mapToObj(i -> t[i]).distinct().count()).isEqualTo(182);
    }

    @Test
    void linearDividesBy255() {
        assertThat(ImageMapping.LINEAR.apply(0)).isZero();
        assertThat(ImageMapping.LINEAR.apply(51)).isEqualTo(0.2f);
        assertThat(ImageMapping.LINEAR.apply(255)).isEqualTo(1f);
    }
}
