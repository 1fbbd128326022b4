package io.latefusion.data.mmimdb;

import io.latefusion.data.DataLayout;
import io.latefusion.data.DataOptions;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.TaskType;
import java.nio.file.Path;

/**
 * MM-IMDb's {@code data} section: the layout — {@code synthetic}, {@code multibench} ({@code path}:
 * {@code multimodal_imdb.hdf5} or its folder, cut by {@code multibench}'s ranges or fractions, or
 * MultiBench's own split) or {@code thesis} ({@code path}: the folder of {@code train.hdf5},
 * {@code val.hdf5}, {@code test.hdf5}) — the synthetic generator's settings, and which array is the
 * image ({@code image}).
 */
public record MmimdbDataOptions(DataLayout layout, String path, SyntheticMmimdbOptions synthetic,
                                SplitRanges multibench, ImageOptions image) implements DataOptions {

    public MmimdbDataOptions {
        DataOptions.requireLayout(layout, path, layout == DataLayout.THESIS
                        ? "the folder holding train.hdf5, val.hdf5 and test.hdf5"
                        : "multimodal_imdb.hdf5 or the folder holding it",
                DataLayout.SYNTHETIC, DataLayout.MULTIBENCH, DataLayout.THESIS);
        multibench = multibench == null ? SplitRanges.multibench() : multibench;
        image = image == null ? ImageOptions.features() : image;
        if (layout == DataLayout.SYNTHETIC && synthetic == null) {
            throw new IllegalArgumentException("data.synthetic is required for layout synthetic");
        }
        if (layout == DataLayout.SYNTHETIC && image.source() != ImageSource.VGG_FEATURES) {
            throw new IllegalArgumentException("Invalid data.image.source: '" + image.source().key()
                    + "' (synthetic MM-IMDb has image features only; raw posters need layout multibench or thesis)");
        }
    }

    @Override
    public TaskType task() {
        return TaskType.MULTI_LABEL;
    }

    @Override
    public MultimodalDataset load(long seed) {
        return switch (layout) {
            case SYNTHETIC -> SyntheticMmimdb.generate(synthetic, seed);
            case MULTIBENCH -> MultibenchMmimdbLoader.load(Path.of(path), multibench, image);
            case THESIS -> ThesisMmimdbLoader.load(Path.of(path), image);
            default -> throw new IllegalStateException("Layout " + layout + " was refused when the options were made");
        };
    }
}
