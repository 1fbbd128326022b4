package io.latefusion.data.mosi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.latefusion.data.DataLayout;
import io.latefusion.data.DataOptions;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.TaskType;
import java.nio.file.Path;
import java.util.Objects;

/**
 * CMU-MOSI's {@code data} section: the layout (synthetic, mmsa or multibench), the pickle of a real
 * layout ({@code path}: {@code aligned_50.pkl} / {@code unaligned_50.pkl}, or {@code mosi_raw.pkl}),
 * the task the sentiment becomes ({@code task}, see {@link MosiTask}), and each layout's own settings.
 */
public record MosiDataOptions(DataLayout layout, String path, @JsonProperty("task") MosiTask mosiTask,
                              SyntheticMosiOptions synthetic,
                              MmsaMosiOptions mmsa, MultibenchMosiOptions multibench) implements DataOptions {

    public MosiDataOptions {
        DataOptions.requireLayout(layout, path, "the pickle file, e.g. aligned_50.pkl or mosi_raw.pkl",
                DataLayout.SYNTHETIC, DataLayout.MMSA, DataLayout.MULTIBENCH);
        Objects.requireNonNull(mosiTask, "data.task is required (classification, binary, binary_nonzero, seven or"
                + " regression)");
        mmsa = mmsa == null ? new MmsaMosiOptions(true) : mmsa;
        multibench = multibench == null ? new MultibenchMosiOptions(false) : multibench;
        if (layout == DataLayout.SYNTHETIC) {
            Objects.requireNonNull(synthetic, "data.synthetic is required for layout synthetic");
        }
    }

    /** The task of the labels: single-label for the class tasks, regression for regression. */
    @Override
    public TaskType task() {
        return mosiTask.taskType();
    }

    @Override
    public MultimodalDataset load(long seed) {
        return switch (layout) {
            case SYNTHETIC -> SyntheticMosi.generate(synthetic, mosiTask, seed);
            case MMSA -> MmsaMosiLoader.load(Path.of(path), mosiTask, mmsa.lengths());
            case MULTIBENCH -> MultibenchMosiLoader.load(Path.of(path), mosiTask, multibench.zNorm());
            default -> throw new IllegalStateException("Layout " + layout + " was refused when the options were made");
        };
    }
}
