package io.latefusion.data;

import java.util.Arrays;

/**
 * Data that does not fit the Java heap: the message says, in one line, what was being held, its shape
 * and bytes where known, how much heap there is, and the remedy.
 */
public final class DataTooLargeException extends DataException {

    /** The bytes that did not fit, 0 when unknown. */
    private final long bytes;

    public DataTooLargeException(String message, long bytes, Throwable cause) {
        super(message, cause);
        this.bytes = bytes;
    }

    /** {@code what} of {@code shape} in {@code dtype}, {@code bytes} in all, did not fit {@code room}. */
    static DataTooLargeException of(String what, long[] shape, String dtype, long bytes, String room,
                                    Throwable cause) {
        return new DataTooLargeException(what + " of shape " + Arrays.toString(shape) + " " + dtype + " ("
                + HeapAdvice.size(bytes) + ") does not fit " + room, bytes, cause);
    }

    /** The failure to load {@code dataset} from {@code options}, with the data set named and the remedy added. */
    static DataTooLargeException loading(String dataset, DataOptions options, Throwable cause) {
        DataTooLargeException known = cause instanceof DataTooLargeException e ? e : null;
        String what = known != null ? known.getMessage() : "it does not fit " + HeapAdvice.heap();
        long bytes = known != null ? known.bytes : 0;
        String smaller = options.layout() == DataLayout.SYNTHETIC
                ? "--set data.synthetic.train=N, likewise .validation and .test"
                : "--set data.path=DIR for a folder with fewer rows";
        return new DataTooLargeException("data set " + dataset + " (" + options.layout().key() + " layout"
                + (options.path() == null ? "" : ", " + options.path()) + "): " + what + "; "
                + HeapAdvice.moreHeap(bytes) + " or load less data (" + smaller + ")", bytes, cause);
    }
}
