package io.latefusion.train;

/** The loss became NaN or infinite: training cannot go on, and nothing after it is trustworthy. */
public class TrainingDivergedException extends RuntimeException {

    public TrainingDivergedException(String message) {
        super(message);
    }
}
