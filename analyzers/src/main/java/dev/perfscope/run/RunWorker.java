package dev.perfscope.run;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.history.ProjectHistory;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The main class of a worker JVM that does a whole run ({@link ForkedRun}): reads the job, runs it as the
 * build's JVM would, and writes its reply on its standard output ({@link RunObjects}): the outcome, or the error
 * that stopped the run (a configuration value, a report that cannot be written). Usage: {@code RunWorker JOB}.
 * Anything else that writes to standard output goes to standard error instead; an unexpected failure ends
 * with one line saying what it was ({@link WorkerProcess#FAILURE}). It ends with the JVM that started it
 * ({@link ParentWatch}), and on leaving takes any parse still running past its budget with it.
 */
public final class RunWorker {
  /** What a worker sends back: an outcome, or the message of the error that stopped the run. */
  record Reply(Reported outcome, String error, Invalid invalid) implements Serializable {}

  /** A configuration value the run could not use, sent in parts so that the build names the setting its way. */
  record Invalid(String setting, String value, String problem, String allowed) implements Serializable {
    ConfigurationException exception() {
      return new ConfigurationException(setting, value, problem, allowed);
    }
  }

  private RunWorker() {}

  public static void main(String[] args) {
    ParentWatch.start();
    OutputStream reply = new FileOutputStream(FileDescriptor.out);
    System.setOut(System.err);
    try {
      WorkerJob job = WorkerJob.read(Path.of(args[0]));
      Reply answer = answer(job);
      ParentWatch.replying();
      RunObjects.write(WorkerJob.PROTOCOL, answer, reply);
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.err.println(WorkerProcess.FAILURE + e);
      System.exit(1);
    }
    System.exit(0);
  }

  /** The job run on the files it names, with git opened once here for their history. */
  static Reply answer(WorkerJob sent) {
    try {
      Job job = Job.of(sent);
      try (ProjectHistory history = Analysis.openHistory(job.request())) {
        return new Reply(ReportedRun.run(new Analysis(), job, history), null, null);
      }
    } catch (ConfigurationException e) {
      return new Reply(null, null, new Invalid(e.setting(), e.value(), e.problem(), e.allowed()));
    } catch (UncheckedIOException e) {
      return new Reply(null, e.getMessage(), null);
    }
  }
}
