package dev.perfscope.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * How a {@link WorkerJob} travels to a worker JVM and its {@link RunWorker.Reply} back: Java's own serialization
 * of the records. Jackson's databind did it before, and loading and compiling it for this one exchange cost Maven's
 * JVM more cpu than walking the tree (docs/performance.md). Each stream starts with the {@link WorkerJob#PROTOCOL}
 * version it was written in; paths travel as their text; only the run's own types, strings, boxed numbers and
 * the JDK's collections are read back.
 */
final class RunObjects {
  /** The filter sees each path as read, then as resolved: of this platform's class of paths. */
  private static final ObjectInputFilter RUN_DATA_ONLY = ObjectInputFilter.Config.createFilter(
      "maxdepth=20;dev.perfscope.**;java.lang.*;java.util.*;" + Path.of("").getClass().getName() + ";!*");

  private RunObjects() {}

  /** Writes {@code value} in form {@code protocol}, and closes {@code out}. */
  static void write(int protocol, Object value, OutputStream out) throws IOException {
    try (ObjectOutputStream objects = new PathsAsText(new BufferedOutputStream(out))) {
      objects.writeInt(protocol);
      objects.writeObject(value);
    }
  }

  /** A stream of run objects from {@code in}, its protocol version not yet read. */
  static Reader reader(InputStream in) throws IOException {
    return new Reader(new BufferedInputStream(in));
  }

  /** Reads what {@link #write} wrote: first the version, then the value. */
  static final class Reader extends ObjectInputStream {
    private Reader(InputStream in) throws IOException {
      super(in);
      setObjectInputFilter(RUN_DATA_ONLY);
      enableResolveObject(true);
    }

    <T> T value(Class<T> type) throws IOException {
      try {
        return type.cast(readObject());
      } catch (ClassNotFoundException | ClassCastException e) {
        throw new InvalidObjectException("not a " + type.getSimpleName() + " of this Perfscope build: " + e);
      }
    }

    @Override
    protected Object resolveObject(Object read) {
      return read instanceof PathText text ? Path.of(text.path()) : read;
    }
  }

  /** A {@link Path}, which is not serializable itself, by its text. */
  private record PathText(String path) implements Serializable {}

  private static final class PathsAsText extends ObjectOutputStream {
    PathsAsText(OutputStream out) throws IOException {
      super(out);
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object written) {
      return written instanceof Path path ? new PathText(path.toString()) : written;
    }
  }
}
