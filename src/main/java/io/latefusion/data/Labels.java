package io.latefusion.data;

/**
 * Targets of one split: {@code width} floats per sample. Single-label: width 1 holding the class
 * index; multi-label: width = classes, multi-hot; regression: width 1 holding the value.
 */
public record Labels(TaskType task, int count, int width, float[] values) {

    public Labels {
        if (width <= 0 || values.length != (long) count * width) {
            throw new IllegalArgumentException("Expected " + count + " labels of width " + width
                    + " (" + (long) count * width + " values), got " + values.length);
        }
    }

    /** Single-label targets from class indices. */
    public static Labels ofClasses(int[] classes, int numClasses) {
        float[] v = new float[classes.length];
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0 || classes[i] >= numClasses) {
                throw new IllegalArgumentException("Label " + classes[i] + " at row " + i
                        + " is outside 0.." + (numClasses - 1));
            }
            v[i] = classes[i];
        }
        return new Labels(TaskType.SINGLE_LABEL, classes.length, 1, v);
    }

    /** The class index of a single-label sample. */
    public int classOf(int index) {
        if (task != TaskType.SINGLE_LABEL) {
            throw new IllegalStateException("classOf needs single-label targets, these are " + task);
        }
        return (int) values[index];
    }

    /** All class indices of single-label targets. */
    public int[] classes() {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = classOf(i);
        }
        return out;
    }

    /** The labels at the given indices, in that order. */
    public Labels select(int[] indices) {
        float[] out = new float[indices.length * width];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(values, indices[i] * width, out, i * width, width);
        }
        return new Labels(task, indices.length, width, out);
    }
}
