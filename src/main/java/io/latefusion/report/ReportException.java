package io.latefusion.report;

/**
 * A suite folder the report cannot be built from: missing, corrupt or foreign files, an empty JMH
 * result, nothing to report. The message is one line naming the file and the reason.
 */
public final class ReportException extends RuntimeException {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
