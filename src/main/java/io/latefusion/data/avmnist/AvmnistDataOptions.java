package io.latefusion.data.avmnist;

import io.latefusion.data.DataLayout;
import io.latefusion.data.DataOptions;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.TaskType;
import java.nio.file.Path;

/**
 * AVMNIST's {@code data} section: the layout (synthetic, thesis or multibench), the folder of a
 * real layout ({@code path}, relative to the working directory), and each layout's own settings.
 */
public record AvmnistDataOptions(DataLayout layout, String path, SyntheticAvmnistOptions synthetic,
                                 ThesisAvmnistOptions thesis, MultibenchAvmnistOptions multibench)
        implements DataOptions {

    public AvmnistDataOptions {
        DataOptions.requireLayout(layout, path, "the data set's folder",
                DataLayout.SYNTHETIC, DataLayout.THESIS, DataLayout.MULTIBENCH);
    }

    @Override
    public TaskType task() {
        return TaskType.SINGLE_LABEL;
    }

    @Override
    public MultimodalDataset load(long seed) {
        return switch (layout) {
            case SYNTHETIC -> SyntheticAvmnist.generate(synthetic, seed);
            case THESIS -> ThesisAvmnistLoader.load(Path.of(path), thesis).dataset();
            case MULTIBENCH -> MultibenchAvmnistLoader.load(Path.of(path), multibench);
            default -> throw new IllegalStateException("Layout " + layout + " was refused when the options were made");
        };
    }
}
