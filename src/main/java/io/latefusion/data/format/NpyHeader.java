package io.latefusion.data.format;

import io.latefusion.data.DataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a {@code .npy} file (format versions 1–3): the magic {@code \x93NUMPY}, a version, the
 * header length (2 bytes in v1, 4 in v2/v3) and a Python dict literal with {@code descr},
 * {@code fortran_order} and {@code shape}, padded with spaces to a multiple of 64 bytes.
 */
record NpyHeader(String descr, boolean fortranOrder, long[] shape, long dataOffset) {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*('([^']*)'|[^,}]*)");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** Reads the header at the channel's start, leaving the channel positioned at the data. */
    static NpyHeader read(FileChannel channel, Path file) throws IOException {
        ByteBuffer prefix = readFully(channel, (int) Math.min(8, channel.size()), file);
        byte[] magic = new byte[Math.min(MAGIC.length, prefix.remaining())];
        prefix.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new DataException(file + " is not a .npy file: expected the magic \\x93NUMPY at its start");
        }
        if (prefix.remaining() < 2) {
            throw truncatedHeader(file);
        }
        int major = prefix.get() & 0xFF;
        int minor = prefix.get() & 0xFF;
        if (major < 1 || major > 3) {
            throw new DataException(file + " has .npy format version " + major + "." + minor
                    + ", expected version 1, 2 or 3");
        }
        ByteBuffer lengthBytes = readFully(channel, major == 1 ? 2 : 4, file).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? lengthBytes.getShort() & 0xFFFF : lengthBytes.getInt() & 0xFFFFFFFFL;
        if (headerLength > channel.size() - channel.position()) {
            throw truncatedHeader(file);
        }
        ByteBuffer text = readFully(channel, (int) headerLength, file);
        String dict = (major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).decode(text).toString().strip();
        return new NpyHeader(descr(dict, file), fortranOrder(dict, file), shape(dict, file), channel.position());
    }

    /** The header bytes numpy would write for a C-order array of this type and shape. */
    static ByteBuffer encode(String descr, long[] shape) {
        StringBuilder shapeText = new StringBuilder("(");
        for (long d : shape) {
            shapeText.append(d).append(", ");
        }
        if (shape.length > 0) {
            shapeText.setLength(shapeText.length() - (shape.length == 1 ? 1 : 2));
        }
        shapeText.append(')');
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
        byte[] body = dict.getBytes(StandardCharsets.ISO_8859_1);
        boolean v1 = paddedLength(MAGIC.length + 4, body.length) - (MAGIC.length + 4) <= 0xFFFF;
        int prefixLength = MAGIC.length + 2 + (v1 ? 2 : 4);
        int total = paddedLength(prefixLength, body.length);
        int headerLength = total - prefixLength;
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) (v1 ? 1 : 2)).put((byte) 0);
        if (v1) {
            out.putShort((short) headerLength);
        } else {
            out.putInt(headerLength);
        }
        out.put(body);
        while (out.position() < total - 1) {
            out.put((byte) ' ');
        }
        out.put((byte) '\n');
        return out.flip();
    }

    /** Prefix, dict and newline, rounded up to the 64-byte alignment numpy uses. */
    private static int paddedLength(int prefixLength, int dictLength) {
        return ((prefixLength + dictLength + 1 + ALIGNMENT - 1) / ALIGNMENT) * ALIGNMENT;
    }

    private static String descr(String dict, Path file) {
        Matcher m = DESCR.matcher(dict);
        if (!m.find()) {
            throw malformed(file, "descr", dict);
        }
        return m.group(2) != null ? m.group(2) : m.group(1).strip();
    }

    private static boolean fortranOrder(String dict, Path file) {
        Matcher m = FORTRAN.matcher(dict);
        if (!m.find()) {
            throw malformed(file, "fortran_order", dict);
        }
        return m.group(1).equals("True");
    }

    private static long[] shape(String dict, Path file) {
        Matcher m = SHAPE.matcher(dict);
        if (!m.find()) {
            throw malformed(file, "shape", dict);
        }
        return Arrays.stream(m.group(1).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .mapToLong(s -> {
                    try {
                        return Long.parseLong(s.endsWith("L") ? s.substring(0, s.length() - 1) : s);
                    } catch (NumberFormatException e) {
                        throw malformed(file, "shape", dict);
                    }
                })
                .toArray();
    }

    private static DataException malformed(Path file, String key, String dict) {
        return new DataException(file + " has a malformed .npy header (no valid '" + key + "'): " + dict);
    }

    private static DataException truncatedHeader(Path file) {
        return new DataException(file + " is truncated: it ends inside its .npy header");
    }

    private static ByteBuffer readFully(FileChannel channel, int n, Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining()) {
            if (channel.read(buf) < 0) {
                throw truncatedHeader(file);
            }
        }
        return buf.flip();
    }
}
