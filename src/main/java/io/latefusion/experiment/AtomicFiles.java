package io.latefusion.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files whole or not at all: the bytes go to a temporary file beside the target
 * ({@code .<name><random>.tmp}), which is then renamed over it. A reader never sees a half-written
 * result, even after a crash; a crash between the two steps leaves only the temporary file, which
 * every reader ignores. A failure to write is an {@link OutputException} naming the target.
 *
 * <p>Fault injection, for the crash tests: with {@code -Dlatefusion.fault.halt-before-rename=PATH}
 * the JVM halts (exit 137, like {@code kill -9}) after writing the temporary file of the first
 * target whose path ends with {@code PATH} (whole names: {@code summary.json},
 * {@code seed-43/summary.json}), before the rename.
 */
public final class AtomicFiles {

    /** Results are for sharing: rw-r--r--, not the owner-only mode of a temporary file. */
    private static final FileAttribute<?> READABLE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    /** The system property naming the target to halt at (see the class comment). */
    public static final String HALT_BEFORE_RENAME = "latefusion.fault.halt-before-rename";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(dir, "." + target.getFileName(), ".tmp", READABLE)
                    : Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes);
                haltIfInjected(target);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw OutputException.of(target, e);
        }
    }

    private static void haltIfInjected(Path target) {
        String fault = System.getProperty(HALT_BEFORE_RENAME);
        if (fault != null && !fault.isEmpty() && target.endsWith(fault)) {
            Runtime.getRuntime().halt(137);
        }
    }

    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Serialises {@code value} as indented JSON into {@code target}. */
    public static void writeJson(Path target, Object value) {
        try {
            write(target, Mappers.json().writeValueAsBytes(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
