package dev.perfscope.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.infra.JsonMapper;

/** How a {@link WorkerJob} travels to a worker JVM and its {@link Reported} outcome back: plain data, the cache's mapper. */
final class RunJson {
  static final ObjectMapper MAPPER = JsonMapper.forCache();

  private RunJson() {}
}
