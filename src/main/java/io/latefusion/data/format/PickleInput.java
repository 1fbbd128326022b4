package io.latefusion.data.format;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one pickle, of known length, read through a buffer that counts them: what lets the
 * unpickler check a length field against the bytes that are left before anything is allocated.
 */
final class PickleInput extends FilterInputStream {

    private final long length;
    private long position;
    private long marked;

    /** {@code in}, which holds {@code length} bytes. */
    PickleInput(InputStream in, long length) {
        super(new BufferedInputStream(in, 1 << 16));
        this.length = length;
    }

    /** The offset of the next byte. */
    long position() {
        return position;
    }

    /** The bytes not read yet. */
    long remaining() {
        return length - position;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        position += skipped;
        return skipped;
    }

    @Override
    public synchronized void mark(int readLimit) {
        super.mark(readLimit);
        marked = position;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        position = marked;
    }
}
