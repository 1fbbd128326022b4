package io.latefusion.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * The memory figures of one moment of training, each named for what it counts. DJL 0.36's PyTorch
 * engine reports no native allocator figure on the CPU: its {@code MemoryTrainingListener} collects
 * the JVM's heap and non-heap use, the process RSS (through {@code ps}) and GPU memory only. So
 * the native side is seen two ways here: the process RSS ({@link ProcessMemory}) and the NDArrays
 * alive under the model's manager (count, and bytes as shape × element size — what the tensors
 * hold, not what the allocator reserved).
 *
 * @param rssBytes             resident set size of the process (null where unavailable)
 * @param heapUsedBytes        JVM heap in use (garbage not yet collected included)
 * @param heapCommittedBytes   JVM heap reserved from the OS (part of the RSS once touched)
 * @param directBufferBytes    JVM direct buffers in use (the staging of host data into NDArrays)
 * @param liveNdarrays         NDArrays alive under the model's manager (parameters, gradients, optimiser state, …)
 * @param liveNdarrayBytes     their data, in bytes
 */
public record MemorySample(@JsonInclude(JsonInclude.Include.NON_NULL) Long rssBytes, long heapUsedBytes,
                           long heapCommittedBytes,
                           long directBufferBytes, int liveNdarrays, long liveNdarrayBytes) {

    /** The figures now, with the NDArrays alive under {@code manager} (and its sub-managers). */
    public static MemorySample take(NDManager manager) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
        int arrays = 0;
        long bytes = 0;
        for (NDArray array : manager.getManagedArrays()) {
            arrays++;
            bytes += array.getShape().size() * array.getDataType().getNumOfBytes();
        }
        return new MemorySample(ProcessMemory.residentBytes(), heap.getUsed(), heap.getCommitted(), direct, arrays,
                bytes);
    }
}
