package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchOrderTest {

    @Test
    void everyIndexAppearsOnceAndTheSeedFixesTheOrder() {
        int[][] a = BatchOrder.shuffled(103, 10, new Random(7));
        int[][] b = BatchOrder.shuffled(103, 10, new Random(7));
        int[][] c = BatchOrder.shuffled(103, 10, new Random(8));
        assertThat(a).isDeepEqualTo(b);
        assertThat(Arrays.deepEquals(a, c)).isFalse();
        int[] all = Arrays.stream(a).flatMapToInt(Arrays::stream).sorted().toArray();
        assertThat(all).hasSize(103).startsWith(0, 1, 2).endsWith(102);
        assertThat(Arrays.stream(all).distinct().count()).isEqualTo(103);
    }

    @Test
    void aLastBatchOfOneJoinsThePreviousOne() {
        int[][] batches = BatchOrder.sequential(21, 10);
        assertThat(batches).hasNumberOfRows(2);
        assertThat(batches[1]).hasSize(11);
        assertThat(BatchOrder.sequential(22, 10)).hasNumberOfRows(3);
        assertThat(BatchOrder.sequential(1, 10)[0]).containsExactly(0);
    }
}
