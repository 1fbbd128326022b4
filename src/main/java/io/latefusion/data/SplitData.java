package io.latefusion.data;

import java.util.Map;

/** The samples of one split: every modality's inputs and the labels, row-aligned. */
public record SplitData(Map<Modality, ModalityData> inputs, Labels labels) {

    public SplitData {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("A split needs at least one modality");
        }
        inputs = Modality.orderedCopy(inputs);
        for (Map.Entry<Modality, ModalityData> e : inputs.entrySet()) {
            if (e.getValue().count() != labels.count()) {
                throw new IllegalArgumentException("Modality " + e.getKey().key() + " has " + e.getValue().count()
                        + " samples but there are " + labels.count() + " labels");
            }
        }
    }

    public int size() {
        return labels.count();
    }

    public ModalityData input(Modality m) {
        ModalityData d = inputs.get(m);
        if (d == null) {
            throw new IllegalArgumentException("This split has no " + m.key() + " input");
        }
        return d;
    }

}
