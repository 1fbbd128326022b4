package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMemoryTest {

    @Test
    void theResidentSetGrowsWhenALargeDirectBufferIsTouched() {
        Long before = ProcessMemory.residentBytes();
        assumeTrue(before != null, "no /proc/self/status (not Linux)");
        assertThat(before).isPositive();
        int size = 256 << 20;
        ByteBuffer buffer = ByteBuffer.allocateDirect(size);
        for (int i = 0; i < size; i += 4096) {
            buffer.put(i, (byte) 1);
        }
        Long after = ProcessMemory.residentBytes();
        assertThat(after - before).as("RSS growth after touching 256 MB").isGreaterThan(size / 2L);
        assertThat(buffer.get(size - 4096)).isEqualTo((byte) 1);
    }

    @Test
    void readsTheVmRssLineInKibibytes(@TempDir Path dir) throws Exception {
        Path status = Files.writeString(dir.resolve("status"), "Name:\tjava\nVmPeak:\t  999 kB\nVmRSS:\t   1234 kB\n");
        assertThat(ProcessMemory.residentBytes(status)).isEqualTo(1234L * 1024);
    }

    @Test
    void isUnknownWithoutTheFileOrItsLine(@TempDir Path dir) throws Exception {
        assertThat(ProcessMemory.residentBytes(dir.resolve("absent"))).isNull();
        assertThat(ProcessMemory.residentBytes(Files.writeString(dir.resolve("status"), "Name:\tjava\n"))).isNull();
    }
}
