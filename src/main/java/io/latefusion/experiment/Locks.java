package io.latefusion.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Exclusive locks between processes, one lock file per guarded thing (a grid cell, an encoder cache
 * key), so processes sharing a results folder — two runs on one machine, or shards on shared
 * storage — never do the same work twice. The lock is the operating system's lock on the file
 * ({@link FileChannel#lock()}), released when the holder closes it or dies, even by {@code kill -9}.
 * Lock files live in a hidden {@code .locks/} folder of the folder they guard (every reader of
 * results folders skips hidden entries); they stay after use (deleting one would race with a process
 * about to lock it, and leaves {@code .nfs*} files on NFS) and name their last holder
 * ({@code pid <pid>}). Within one JVM a lock file is held by one caller at a time. Lock order, so
 * that no two processes wait on each other: a cell's lock may be held while taking an encoder key's,
 * never the reverse.
 */
public final class Locks {

    private Locks() {
    }

    /** A held lock; closing it releases the lock. */
    public static final class Held implements AutoCloseable {

        private final FileChannel channel;

        private Held(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // closing the channel releases the lock even when the close reports an error
            }
        }
    }

    /** The lock file {@code <folder>/.locks/<name>.lock}. */
    public static Path file(Path folder, String name) {
        return folder.resolve(".locks").resolve(name + ".lock");
    }

    /** Takes the lock of {@code file}, waiting as long as another process holds it. */
    public static Held acquire(Path file) {
        FileChannel channel = open(file);
        try {
            channel.lock();
            return owned(channel, file);
        } catch (IOException e) {
            close(channel);
            throw OutputException.of(file, e);
        }
    }

    /** Takes the lock of {@code file} if no other process holds it. */
    public static Optional<Held> tryAcquire(Path file) {
        FileChannel channel = open(file);
        try {
            if (channel.tryLock() == null) {
                close(channel);
                return Optional.empty();
            }
            return Optional.of(owned(channel, file));
        } catch (IOException e) {
            close(channel);
            throw OutputException.of(file, e);
        }
    }

    /** Who holds (or last held) the lock of {@code file}, as written in it: {@code pid 1234}; empty if unknown. */
    public static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static FileChannel open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw OutputException.of(file, e);
        }
    }

    private static Held owned(FileChannel channel, Path file) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new Held(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was locked
        }
    }
}
