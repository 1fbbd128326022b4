package io.latefusion.report.research;

import io.latefusion.report.StudyTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups run records into arms (cell × variant), in the order the records came, so the first arm
 * is the baseline (the grid's first cell, the config's first variant). A missing run marks every
 * arm of its cell incomplete; a cell with no record at all cannot name its variants and is listed
 * by the report on its own.
 */
final class Arms {

    private Arms() {
    }

    static List<Arm> of(ResultsFolder folder) {
        Map<String, List<RunRecord>> byArm = new LinkedHashMap<>();
        for (RunRecord run : folder.runs()) {
            byArm.computeIfAbsent(run.group() + "\u0000" + run.variant(), k -> new ArrayList<>()).add(run);
        }
        Map<String, Long> variantsPerGroup = new LinkedHashMap<>();
        byArm.values().forEach(runs -> variantsPerGroup.merge(runs.get(0).group(), 1L, Long::sum));
        List<Arm> arms = new ArrayList<>();
        for (List<RunRecord> runs : byArm.values()) {
            RunRecord first = runs.get(0);
            List<Long> missing = new ArrayList<>();
            for (MissingRun m : folder.missing()) {
                if (m.of(first.group(), first.variant())) {
                    missing.add(m.seed() == null ? first.seed() : m.seed());
                }
            }
            arms.add(new Arm(label(first, variantsPerGroup.get(first.group())), first.group(), first.values(),
                    first.variant(), runs, missing));
        }
        for (MissingRun m : folder.missing()) {
            if (arms.stream().noneMatch(a -> m.of(a.group(), a.variant()))) {
                String variant = m.variant() == null ? "(every variant)" : m.variant();
                String label = StudyTable.label(m.group(), 2, variant);
                List<Long> seeds = new ArrayList<>();
                folder.missing().stream().filter(o -> o.group().equals(m.group()) && java.util.Objects.equals(o.variant(),
                        m.variant())).forEach(o -> seeds.add(o.seed() == null ? 0L : o.seed()));
                if (arms.stream().noneMatch(a -> a.label().equals(label))) {
                    arms.add(new Arm(label, m.group(), Map.of(), variant, List.of(), seeds));
                }
            }
        }
        return arms;
    }

    private static String label(RunRecord run, long variantsInGroup) {
        return StudyTable.label(run.group(), (int) variantsInGroup, run.variant());
    }
}
