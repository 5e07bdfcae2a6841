package dev.perfscope.run;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM that runs an analysis apart from the build: the same Java, the analyzers' class path, the parallel
 * collector and the C1 compiler only. A cold analysis is short and allocates a lot; in Maven's JVM (G1, C1
 * and C2) much of its cpu goes to compiling the parsers with C2 and to G1, and with these options the same
 * work takes about 44% less cpu (docs/performance.md). The worker gets the heap limit and thread stack size
 * of the JVM that starts it, so a build that bounds its memory bounds the worker too. Its young generation is
 * kept to {@value #YOUNG_MAX_MB} MB (a third of a smaller heap, the collector's own default): what a file's
 * syntax tree needs dies young, and with a quarter of the machine's memory to grow into the collector spread
 * it over more than a GB of fresh pages (java.base: 1.7 GB resident against 0.4 GB, and about 4% slower).
 */
record WorkerJvm(Path java, List<Path> classpath, List<String> options) {
  public static final List<String> TUNING = List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
  /** The JVM's own messages go to standard output by default, where the worker sends its results. */
  static final List<String> OUTPUT_TO_STDERR = List.of("-Xlog:disable", "-Xlog:all=warning:stderr",
      "-XX:+DisplayVMOutputToStderr");
  static final long YOUNG_MAX_MB = 256;

  public WorkerJvm {
    classpath = List.copyOf(classpath);
    options = List.copyOf(options);
  }

  /** A worker on this Java, tuned as above, running from {@code classpath} (the analyzers and what they use). */
  public static WorkerJvm on(List<Path> classpath) {
    List<String> options = new ArrayList<>(TUNING);
    options.addAll(OUTPUT_TO_STDERR);
    long heap = Runtime.getRuntime().maxMemory();
    options.add("-Xmx" + heap);
    options.add("-Xmn" + Math.min(YOUNG_MAX_MB * 1024 * 1024, heap / 3));
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-Xss") || option.startsWith("-XX:ThreadStackSize="))
        .forEach(options::add);
    return new WorkerJvm(Path.of(System.getProperty("java.home"), "bin", "java"), classpath, options);
  }

  /** A worker on this JVM's own class path: for tools and tests started with a plain {@code -cp}. */
  public static WorkerJvm onOwnClasspath() {
    return on(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList());
  }

  public List<String> command(Class<?> main, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(options);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    command.add(main.getName());
    command.addAll(List.of(arguments));
    return command;
  }
}
