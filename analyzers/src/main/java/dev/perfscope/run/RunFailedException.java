package dev.perfscope.run;

/** A run in a worker JVM stopped on an error it reported: a configuration value, a report it could not write. */
final class RunFailedException extends RuntimeException {
  RunFailedException(String message) {
    super(message);
  }
}
