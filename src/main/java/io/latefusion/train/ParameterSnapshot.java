package io.latefusion.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A block's parameters at one moment, serialised in DJL's format (as {@code saveParameters} writes
 * them, BatchNorm statistics included) on the heap: the best epoch's weights kept while training
 * moves on, and a pre-trained encoder's weights on their way to disk.
 */
public final class ParameterSnapshot {

    private final byte[] bytes;

    private ParameterSnapshot(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The current parameters of {@code block}. */
    public static ParameterSnapshot of(Block block) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            block.saveParameters(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParameterSnapshot(out.toByteArray());
    }

    /** The serialised parameters. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Makes {@code block} (the block this snapshot was taken of) hold these parameters again, as new
     * arrays in {@code manager}. DJL replaces each parameter's array, so an initialised trainer
     * keeps stepping its old arrays: restore only for scoring, which reads the parameters afresh.
     */
    void restoreInto(Block block, NDManager manager) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            block.loadParameters(manager, in);
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("Cannot restore a parameter snapshot into " + block.getClass()
                    .getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
