package io.latefusion.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.latefusion.experiment.Cost;
import io.latefusion.experiment.PretrainUse;
import io.latefusion.experiment.VariantResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cell's wall-clock cost in seconds: pre-training per encoder and in sum, in full and amortised
 * over the cells sharing each encoder; training (with validation); test scoring; and the route's
 * total = pre-training + training, in full and amortised.
 */
public record CostReport(List<EncoderCost> pretrain, @JsonProperty("pretrain_s_full") double pretrainSFull,
                         @JsonProperty("pretrain_s_amortised") double pretrainSAmortised, double trainS, double testS,
                         @JsonProperty("total_s_full") double totalSFull,
                         @JsonProperty("total_s_amortised") double totalSAmortised) {

    /** The cost of {@code result}; {@code sharedBy} maps an encoder path to the number of cells using it. */
    static CostReport of(VariantResult result, Map<String, Integer> sharedBy) {
        List<EncoderCost> encoders = new ArrayList<>();
        double amortised = 0;
        for (Map.Entry<String, PretrainUse> e : result.pretrainedEncoders().entrySet()) {
            PretrainUse use = e.getValue();
            int cells = sharedBy.getOrDefault(use.path(), 1);
            encoders.add(new EncoderCost(e.getKey(), use.path(), use.reused(), use.epoch(), use.seconds(), cells,
                    use.seconds() / cells));
            amortised += use.seconds() / cells;
        }
        Cost cost = result.cost();
        return new CostReport(List.copyOf(encoders), cost.pretrainTotal(), amortised, cost.train(), cost.test(),
                cost.total(), amortised + cost.train());
    }
}
