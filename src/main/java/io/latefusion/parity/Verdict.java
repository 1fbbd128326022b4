package io.latefusion.parity;

import io.latefusion.stats.RatioBootstrap;

/** Whether a cell's ratio meets its goal, judged by the ratio's confidence interval. */
public enum Verdict {
    /** The whole interval is at or below the goal. */
    MET,
    /** The whole interval is above the goal. */
    MISSED,
    /** The interval straddles the goal: more iterations or forks are needed to tell. */
    UNCLEAR;

    /** The verdict of {@code interval} against {@code goal}. */
    public static Verdict of(RatioBootstrap.Interval interval, double goal) {
        if (interval.high() <= goal) {
            return MET;
        }
        return interval.low() > goal ? MISSED : UNCLEAR;
    }

    /** The report's spelling: {@code met}, {@code missed}, {@code unclear}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
