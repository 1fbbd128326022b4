package io.latefusion.data.format;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

/**
 * What Pyrolite needs to unpickle a PyTorch {@code data.pkl}: the storage classes
 * ({@code torch.FloatStorage}, …) that persistent ids name, and {@code torch._utils._rebuild_tensor_v2}
 * (and its older {@code _rebuild_tensor}), which views a storage through size, stride and offset.
 */
final class TorchPickling {

    private static final Map<String, NumpyDType> STORAGE_TYPES = Map.of(
            "FloatStorage", NumpyDType.FLOAT32,
            "DoubleStorage", NumpyDType.FLOAT64,
            "LongStorage", NumpyDType.INT64,
            "IntStorage", NumpyDType.INT32,
            "ShortStorage", NumpyDType.INT16,
            "CharStorage", NumpyDType.INT8,
            "ByteStorage", NumpyDType.UINT8,
            "BoolStorage", NumpyDType.BOOL);

    private TorchPickling() {
    }

    /** Registers the constructors in Pyrolite's global table. */
    static void register() {
        STORAGE_TYPES.forEach((name, dtype) -> Unpickler.registerConstructor("torch", name, new StorageType(name, dtype)));
        Unpickler.registerConstructor("torch._utils", "_rebuild_tensor_v2", TorchPickling::rebuildTensor);
        Unpickler.registerConstructor("torch._utils", "_rebuild_tensor", TorchPickling::rebuildTensor);
    }

    /** A storage class named in a persistent id; it is never called, only looked at. */
    record StorageType(String name, NumpyDType dtype) implements IObjectConstructor {
        @Override
        public Object construct(Object[] args) {
            throw new PickleException("torch." + name + " cannot be constructed from a pickle");
        }
    }

    /** The elements of one storage entry of the archive, {@code numel} of {@code dtype}, in the archive's byte order. */
    record TorchStorage(NumpyDType dtype, ByteBuffer bytes, long numel) {
    }

    /** {@code _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])}. */
    private static Object rebuildTensor(Object[] args) {
        if (args.length < 4 || !(args[0] instanceof TorchStorage storage)) {
            throw new PickleException("_rebuild_tensor expected (storage, offset, size, stride, ...), got "
                    + (args.length == 0 ? "no arguments" : NumpyPickling.describe(args[0]) + " first"));
        }
        if (!(args[1] instanceof Number offset)) {
            throw new PickleException("_rebuild_tensor expected an int storage offset, got " + NumpyPickling.describe(args[1]));
        }
        long[] size = NumpyPickling.longs("tensor size", args[2]);
        long[] stride = NumpyPickling.longs("tensor stride", args[3]);
        StridedLayout layout;
        try {
            layout = new StridedLayout(size, stride, offset.longValue());
        } catch (IllegalArgumentException e) {
            throw new PickleException("tensor " + e.getMessage());
        }
        if (layout.storageNeeded() > storage.numel()) {
            throw new PickleException("tensor of size " + Arrays.toString(size) + ", stride " + Arrays.toString(stride)
                    + " and offset " + offset + " reaches element " + (layout.storageNeeded() - 1)
                    + " of a storage of " + storage.numel());
        }
        TypeDescr type = new TypeDescr(storage.dtype(), storage.bytes().order(), storage.dtype().itemSize());
        return ArrayCodec.decodeArray(type, size, layout.gather(storage.bytes(), type.itemSize()));
    }
}
