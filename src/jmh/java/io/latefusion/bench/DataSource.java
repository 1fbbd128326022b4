package io.latefusion.bench;

import io.latefusion.data.DataLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code data} benchmark parameter: {@code synthetic} (the config's embedded data, the
 * default) or {@code LAYOUT:DIR}, real data read from DIR in one of the published layouts — the
 * config overrides {@code data.layout=LAYOUT} and {@code data.path=DIR}.
 */
public record DataSource(DataLayout layout, Path dir) {

    /** The parameter's name and default value. */
    public static final String PARAM = "data";
    public static final String SYNTHETIC = "synthetic";

    /** What {@code value} names, checked: a known layout and an existing folder. */
    public static DataSource parse(String value) {
        if (SYNTHETIC.equals(value)) {
            return new DataSource(DataLayout.SYNTHETIC, null);
        }
        int colon = value == null ? -1 : value.indexOf(':');
        String layouts = Arrays.stream(DataLayout.values()).filter(l -> l != DataLayout.SYNTHETIC)
                .map(DataLayout::key).collect(Collectors.joining(", "));
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("Invalid data '" + value + "' (expected synthetic or LAYOUT:DIR, LAYOUT"
                    + " one of " + layouts + ", e.g. thesis:/data/avmnist)");
        }
        String layout = value.substring(0, colon);
        DataLayout known = Arrays.stream(DataLayout.values()).filter(l -> l != DataLayout.SYNTHETIC)
                .filter(l -> l.key().equals(layout.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Invalid data '" + value + "': unknown layout '"
                        + layout + "' (expected one of " + layouts + ")"));
        Path dir = Path.of(value.substring(colon + 1));
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Invalid data '" + value + "': no folder " + dir);
        }
        return new DataSource(known, dir);
    }

    /** The config overrides that read this data (none for synthetic). */
    public List<String> overrides() {
        return layout == DataLayout.SYNTHETIC ? List.of()
                : List.of("data.layout=" + layout.key(), "data.path=" + dir);
    }
}
