package io.latefusion.data.format;

import io.latefusion.data.DataException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;

/**
 * Reads Python pickles (protocols 2–5) that hold numpy arrays — the one numpy adapter of the project,
 * shared by the {@code .pt} reader and the pickle-based data sets. Python values come back as
 * Pyrolite maps them (dict → {@code HashMap}, list → {@code ArrayList}, tuple → {@code Object[]},
 * str → {@code String}, bytes → {@code byte[]}, int → {@code Integer}/{@code Long}/{@code BigInteger},
 * float → {@code Double}, None → null, other classes → {@code ClassDict}), and every ndarray, numpy
 * scalar or torch tensor becomes a C-order {@link NumpyArray}. A pickle that names a global outside
 * numpy, builtins, {@code _codecs} and {@code collections} (and {@code torch} inside a {@code .pt}
 * archive), or one inside them that this reader registers no constructor for, is refused before that
 * global is looked up, so a foreign pickle can never make this reader build or call what it does not know.
 */
public final class PickleReader {

    /** The Python modules (and their submodules) a data pickle may name. */
    static final Set<String> DATA_MODULES = Set.of("numpy", "builtins", "__builtin__", "_codecs", "collections");

    /**
     * Classes a data pickle names only as arguments (numpy's {@code _reconstruct(ndarray, ...)}, torch's
     * empty hooks {@code OrderedDict()}); every other global must have a constructor registered here.
     */
    private static final Set<String> CLASS_REFERENCES = Set.of("numpy.ndarray", "collections.OrderedDict");

    /** What Pyrolite says when the bytes end before the pickle's STOP. */
    private static final String PREMATURE_END = "premature end of file";

    private static final Pattern UNKNOWN_CLASS = Pattern.compile("construction of ClassDict \\(for ([^)]+)\\)");

    static {
        // Pyrolite's constructor table is global: fill it once, before any unpickling.
        NumpyPickling.register();
        TorchPickling.register();
    }

    private PickleReader() {
    }

    /** The object pickled in {@code file}. */
    public static Object read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, Files.size(file), file.toString(), null, DATA_MODULES);
        } catch (NoSuchFileException e) {
            throw new DataException(file + " does not exist, expected a pickle file");
        } catch (IOException e) {
            throw new DataException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The object pickled in {@code bytes}; {@code source} names them in error messages. */
    public static Object read(byte[] bytes, String source) {
        try {
            return load(new ByteArrayInputStream(bytes), bytes.length, source, null, DATA_MODULES);
        } catch (IOException e) {
            throw new DataException("Cannot unpickle " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unpickles {@code in} ({@code length} bytes), resolving persistent ids through {@code persistentLoad}
     * (null when the pickle has none) — the hook the torch archive reader uses to load storages — and
     * refusing any global outside {@code modules} (or one inside them that no constructor is registered for).
     */
    static Object load(InputStream in, long length, String source, UnaryOperator<Object> persistentLoad,
                       Set<String> modules) throws IOException {
        PickleInput counted = new PickleInput(in, length);
        Unpickler unpickler = new Unpickler() {
            @Override
            protected Object dispatch(short key) throws IOException {
                requireLengthWithin(counted, key);
                if (key == Opcodes.GLOBAL || key == Opcodes.INST) {
                    input.mark(1 << 12);
                    String module = PickleUtils.readline(input);
                    String name = PickleUtils.readline(input);
                    input.reset();
                    requireAllowed(module, name, modules, objectConstructors.keySet());
                } else if (key == Opcodes.STACK_GLOBAL) {
                    Object name = stack.pop();
                    Object module = stack.peek();
                    stack.add(name);
                    requireAllowed(String.valueOf(module), String.valueOf(name), modules, objectConstructors.keySet());
                }
                return super.dispatch(key);
            }


            @Override
            protected Object persistentLoad(Object pid) {
                if (persistentLoad == null) {
                    throw new PickleException("it holds a persistent id "
                            + (pid instanceof Object[] id ? Arrays.deepToString(id) : pid) + " but nothing resolves one here");
                }
                return persistentLoad.apply(pid);
            }
        };
        try {
            return resolveArrays(unpickler.load(counted));
        } catch (IOException e) {
            if (!PREMATURE_END.equals(e.getMessage())) {
                throw e;
            }
            throw new DataException(source + " is truncated: it ends inside its pickle, expected a complete pickle"
                    + " (one that ends with STOP)", e);
        } catch (DataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DataException("Cannot unpickle " + source + ": " + explain(e), e);
        } finally {
            unpickler.close();
        }
    }

    /**
     * Refuses a global outside {@code modules}, or inside them but neither {@code registered} (a
     * constructor this reader supplies) nor a {@link #CLASS_REFERENCES class reference}: before it is
     * looked up, so no pickle can make this reader call what it does not know.
     */
    private static void requireAllowed(String module, String name, Set<String> modules, Set<String> registered) {
        int dot = module.indexOf('.');
        String global = module + "." + name;
        if (!modules.contains(dot < 0 ? module : module.substring(0, dot))) {
            throw new PickleException("it references the Python global " + global + ", outside "
                    + String.join("/", new java.util.TreeSet<>(modules))
                    + " (refused, not called: expected only numpy arrays, numbers, strings and containers)");
        }
        if (!registered.contains(global) && !CLASS_REFERENCES.contains(global)) {
            throw new PickleException("it references the Python global " + global + ", which no reader here supports"
                    + " (refused, not called: expected only numpy arrays, numbers, strings and containers)");
        }
    }

    /**
     * Refuses an opcode whose length field (the 4 or 8 bytes after it) claims more bytes than are left,
     * before the unpickler allocates them; other opcodes, and a field cut short, pass on as they are.
     */
    private static void requireLengthWithin(PickleInput input, short key) throws IOException {
        int width = switch (key) {
            case Opcodes.BINSTRING, Opcodes.BINUNICODE, Opcodes.BINBYTES, Opcodes.LONG4 -> 4;
            case Opcodes.BINUNICODE8, Opcodes.BINBYTES8, Opcodes.BYTEARRAY8 -> 8;
            default -> 0;
        };
        if (width == 0 || input.remaining() < width) {
            return;
        }
        long offset = input.position() - 1;
        input.mark(width);
        long declared = 0;
        for (int i = 0; i < width; i++) {
            declared |= (long) input.read() << (8 * i);
        }
        input.reset();
        if (width == 4 && key != Opcodes.BINUNICODE && key != Opcodes.BINBYTES) {
            declared = (int) declared; // BINSTRING and LONG4 lengths are signed
        }
        if (declared < 0 || declared > input.remaining() - width) {
            throw new PickleException("the opcode at byte offset " + offset + " declares " + declared
                    + " bytes, but only " + (input.remaining() - width) + " follow (truncated or corrupt)");
        }
    }

    /**
     * Replaces every pending ndarray in the object graph with its {@link NumpyArray}, in place, and
     * returns the root (or its array, when the root itself is one).
     */
    static Object resolveArrays(Object root) {
        if (root instanceof NumpyPickling.PickledNdarray pending) {
            return pending.array();
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object node = todo.pop();
            if (node == null || !seen.add(node)) {
                continue;
            }
            if (node instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<Object, Object> entries = (Map<Object, Object>) map;
                for (Map.Entry<Object, Object> e : entries.entrySet()) {
                    e.setValue(visit(e.getValue(), todo));
                }
            } else if (node instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                ListIterator<Object> it = (ListIterator<Object>) list.listIterator();
                while (it.hasNext()) {
                    it.set(visit(it.next(), todo));
                }
            } else if (node instanceof Object[] tuple) {
                for (int i = 0; i < tuple.length; i++) {
                    tuple[i] = visit(tuple[i], todo);
                }
            }
        }
        return root;
    }

    private static Object visit(Object value, Deque<Object> todo) {
        if (value instanceof NumpyPickling.PickledNdarray pending) {
            return pending.array();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?> || value instanceof Object[]) {
            todo.push(value);
        }
        return value;
    }

    /** The innermost message, with Pyrolite's advice on unknown classes reduced to the class's name. */
    private static String explain(RuntimeException e) {
        Throwable root = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                root = t;
            }
        }
        String message = String.valueOf(root.getMessage()).replace('\n', ' ');
        Matcher unknownClass = UNKNOWN_CLASS.matcher(message);
        if (unknownClass.find()) {
            return "it constructs the Python class " + unknownClass.group(1) + ", which no reader here supports";
        }
        return root instanceof PickleException ? message
                : "not a pickle this reader understands (" + root.getClass().getSimpleName() + ": " + message + ")";
    }
}
