package io.latefusion.report.research;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.VariantResult;
import io.latefusion.train.EpochRecord;
import java.util.List;
import java.util.Map;

/**
 * One saved run of one variant: the cell it belongs to (its grid axis values without the seed,
 * {@code group} their folder-style name, empty for a plain experiment), the seed, the variant's
 * result and epoch records, and the cell's resolved config as a tree.
 */
record RunRecord(String group, Map<String, String> values, long seed, VariantResult result,
                 List<EpochRecord> epochs, JsonNode config) {

    String variant() {
        return result.variant();
    }
}
