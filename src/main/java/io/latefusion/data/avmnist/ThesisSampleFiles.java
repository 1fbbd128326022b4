package io.latefusion.data.avmnist;

import io.latefusion.data.DataException;
import io.latefusion.data.format.NumpyArray;
import io.latefusion.data.format.NumpyDType;
import io.latefusion.data.format.TorchArchiveReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The study's per-sample {@code .pt} files: an image is a pickled list of 28 uint8 rows of 28 pixels
 * (a 28×28 uint8 array is accepted too); a spectrogram is one float tensor of shape (32, 94) holding
 * raw power.
 */
final class ThesisSampleFiles {

    static final int SIDE = 28;
    static final int MEL_BANDS = 32;
    static final int FRAMES = 94;
    /** Added to the power before the logarithm, as the study does, so silence stays finite. */
    static final double LOG_EPSILON = 1e-10;

    private ThesisSampleFiles() {
    }

    /** Writes the 28×28 raw pixels (0–255, as unsigned bytes) of an image file into {@code dest} from {@code offset}. */
    static void readPixels(Path file, byte[] dest, int offset) {
        Object content = TorchArchiveReader.read(file);
        long[] pixels = pixels(content, file);
        for (int i = 0; i < pixels.length; i++) {
            dest[offset + i] = (byte) pixels[i];
        }
    }

    /** Writes ln(power + 1e-10) of a spectrogram file, row-major 32×94, into {@code dest} from {@code offset}. */
    static void readLogSpectrogram(Path file, float[] dest, int offset) {
        Object content = TorchArchiveReader.read(file);
        if (!(content instanceof NumpyArray tensor) || !isFloating(tensor.dtype())
                || !Arrays.equals(tensor.shape(), new long[] {MEL_BANDS, FRAMES})) {
            throw new DataException(file + " holds " + describe(content) + ", expected a float tensor of shape ["
                    + MEL_BANDS + ", " + FRAMES + "]");
        }
        double[] power = tensor.toDoubles();
        for (int i = 0; i < power.length; i++) {
            if (!(power[i] >= 0) || Double.isInfinite(power[i])) {
                throw new DataException(file + " has the power value " + power[i] + " at element " + i
                        + ", expected a finite value >= 0");
            }
            dest[offset + i] = (float) Math.log(power[i] + LOG_EPSILON);
        }
    }

    private static long[] pixels(Object content, Path file) {
        if (content instanceof NumpyArray image && image.dtype() == NumpyDType.UINT8
                && Arrays.equals(image.shape(), new long[] {SIDE, SIDE})) {
            return image.toLongs();
        }
        if (content instanceof List<?> rows && rows.size() == SIDE && rows.stream().allMatch(
                r -> r instanceof NumpyArray row && row.dtype() == NumpyDType.UINT8
                        && Arrays.equals(row.shape(), new long[] {SIDE}))) {
            long[] out = new long[SIDE * SIDE];
            for (int r = 0; r < SIDE; r++) {
                System.arraycopy(((NumpyArray) rows.get(r)).toLongs(), 0, out, r * SIDE, SIDE);
            }
            return out;
        }
        throw new DataException(file + " holds " + describe(content) + ", expected " + SIDE + " uint8 rows of "
                + SIDE + " pixels");
    }

    private static boolean isFloating(NumpyDType dtype) {
        return dtype == NumpyDType.FLOAT32 || dtype == NumpyDType.FLOAT64;
    }

    private static String describe(Object content) {
        if (content instanceof NumpyArray a) {
            return "a " + a.dtype() + " array of shape " + Arrays.toString(a.shape());
        }
        if (content instanceof List<?> list) {
            return "a list of " + list.size() + " items" + (list.isEmpty() ? "" : ", the first " + describe(list.get(0)));
        }
        return content == null ? "None" : "a " + content.getClass().getSimpleName();
    }
}
