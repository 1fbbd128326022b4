package io.latefusion.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.management.ThreadMXBean;
import io.latefusion.data.DataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The readers' contract on damaged files, for property tests: random byte changes and truncations of a
 * valid file end in a {@link DataException} or a read — never another exception, never a hang (each
 * read has {@link #LIMIT}), never an allocation out of proportion to the file.
 */
public final class MutatedReads {

    /** The properties' fixed seed: the same damaged files on every run. */
    public static final String SEED = "20261204";

    /** Time one read of a file of a few kilobytes may take, however damaged. */
    public static final Duration LIMIT = Duration.ofSeconds(5);

    /**
     * Allocation a read may make whatever the file's size, and per byte of it. Measured over 3,000 damaged
     * copies per reader (second reads, class loading excluded): at most 12 KB for a 1.7 KB {@code .npy},
     * 113 KB for a 304-byte pickle, 53 KB for a 1.8 KB HDF5 file and 1.0 MB for a 502-byte {@code .pt}
     * (a damaged deflate stream the zip reader inflates; deflate expands at most 1032 ×). 4 MB plus 16 × the
     * file leaves room for that, and still catches every array sized from a corrupt length field these
     * properties found (11 MB to 1.8 GB from files under 2 KB).
     */
    public static final long OVERHEAD = 4L << 20;

    /** See {@link #OVERHEAD}. */
    public static final int PER_FILE_BYTE = 16;

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private MutatedReads() {
    }

    /**
     * Damaged copies of {@code valid}: 1–8 bytes overwritten (half of them within the first
     * {@code header} bytes, where the structure is), a truncation, or both.
     */
    public static Arbitrary<byte[]> of(byte[] valid, int header) {
        Arbitrary<Integer> position = Arbitraries.oneOf(
                Arbitraries.integers().between(0, Math.min(header, valid.length) - 1),
                Arbitraries.integers().between(0, valid.length - 1));
        Arbitrary<byte[]> overwritten = Combinators.combine(position.list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.bytes().list().ofSize(8)).as((at, values) -> {
                    byte[] copy = valid.clone();
                    for (int i = 0; i < at.size(); i++) {
                        copy[at.get(i)] = values.get(i);
                    }
                    return copy;
                });
        Arbitrary<Integer> length = Arbitraries.integers().between(0, valid.length - 1);
        return Arbitraries.oneOf(overwritten, truncations(valid),
                Combinators.combine(overwritten, length).as(Arrays::copyOf));
    }

    /** Every shorter copy of {@code valid}, from empty to one byte short. */
    public static Arbitrary<byte[]> truncations(byte[] valid) {
        return Arbitraries.integers().between(0, valid.length - 1).map(n -> Arrays.copyOf(valid, n));
    }

    /** Writes {@code bytes} to a temporary file named {@code name} and asserts {@code read} keeps the contract on it. */
    public static void assertEndsWell(byte[] bytes, String name, Consumer<Path> read) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mutated");
            Path file = Files.write(dir.resolve(name), bytes);
            // twice: the first read of a kind also loads and initialises classes, which is no allocation of the read
            assertTimeoutPreemptively(LIMIT, () -> allocation(read, file));
            long allocated = assertTimeoutPreemptively(LIMIT, () -> allocation(read, file));
            assertThat(allocated).as("bytes allocated reading %d bytes", bytes.length)
                    .isLessThanOrEqualTo(OVERHEAD + PER_FILE_BYTE * (long) bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /**
     * Asserts that {@code read} refuses {@code bytes} with a {@link DataException} within {@link #LIMIT}:
     * for a file no shorter version of which is valid (a truncated {@code .npy}, pickle or zip archive).
     */
    public static void assertRefused(byte[] bytes, String name, Consumer<Path> read) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("truncated");
            Path file = Files.write(dir.resolve(name), bytes);
            assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> read.accept(file))
                    .as("reading %d bytes", bytes.length).isInstanceOf(DataException.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** The bytes {@code read} allocates on this thread reading {@code file}, refusing it or not. */
    private static long allocation(Consumer<Path> read, Path file) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            read.accept(file);
        } catch (DataException refused) {
            // the contract's other outcome: a one-line refusal
        }
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
