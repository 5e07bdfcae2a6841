package dev.perfscope.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfscope.analysis.Selection;
import dev.perfscope.cache.FileStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a worker JVM gets: the goal, the run's configuration as the build tool gave it, and what the JVM that
 * started it already found: the files it walked (so the worker never walks again) and their stamps. The
 * worker rebuilds the requests from the configuration; only {@link #PROTOCOL} must match between the two
 * JVMs, and a job of another version is refused with a message saying so.
 */
record WorkerJob(int protocol, Job.Goal goal, RunConfig config, Selection selection, Map<String, FileStamp> stamps) {
  /** The version of this form; change it with any change to the form of the job or of what it holds. */
  static final int PROTOCOL = 1;

  static WorkerJob of(Job job) {
    return new WorkerJob(PROTOCOL, job.goal(), job.config(), job.selection(), job.stamps());
  }

  void write(Path file) throws IOException {
    RunJson.MAPPER.writeValue(file.toFile(), this);
  }

  /** The job in {@code file}; refused unless it has this worker's protocol version. */
  static WorkerJob read(Path file) throws IOException {
    JsonNode job = RunJson.MAPPER.readTree(file.toFile());
    int version = job.path("protocol").asInt(-1);
    if (version != PROTOCOL) {
      throw new IOException("the job is in version " + version + " of the worker protocol and this worker reads "
          + "version " + PROTOCOL + ": the build's JVM and the worker's class path are different Perfscope builds");
    }
    return RunJson.MAPPER.treeToValue(job, WorkerJob.class);
  }
}
