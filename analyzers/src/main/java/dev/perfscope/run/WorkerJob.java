package dev.perfscope.run;

import dev.perfscope.analysis.Selection;
import dev.perfscope.cache.FileStamp;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a worker JVM gets: the goal, the run's configuration as the build tool gave it, and what the JVM that
 * started it already found: the files it walked (so the worker never walks again) and their stamps. The
 * worker rebuilds the requests from the configuration; only {@link #PROTOCOL} must match between the two
 * JVMs, and a job of another version is refused with a message saying so.
 */
record WorkerJob(int protocol, Job.Goal goal, RunConfig config, Selection selection, Map<String, FileStamp> stamps)
    implements Serializable {
  /** The version of this form; change it with any change to the form of the job or of what it holds. */
  static final int PROTOCOL = 2;

  static WorkerJob of(Job job) {
    return new WorkerJob(PROTOCOL, job.goal(), job.config(), job.selection(), job.stamps());
  }

  void write(Path file) throws IOException {
    RunObjects.write(protocol, this, Files.newOutputStream(file));
  }

  /** The job in {@code file}; refused unless it has this worker's protocol version. */
  static WorkerJob read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      RunObjects.Reader job;
      try {
        job = RunObjects.reader(in);
      } catch (StreamCorruptedException e) {
        throw refused(-1); // not a job of any version
      }
      int version = job.readInt();
      if (version != PROTOCOL) {
        throw refused(version);
      }
      return job.value(WorkerJob.class);
    }
  }

  private static IOException refused(int version) {
    return new IOException("the job is in version " + version + " of the worker protocol and this worker reads "
        + "version " + PROTOCOL + ": the build's JVM and the worker's class path are different Perfscope builds");
  }
}
