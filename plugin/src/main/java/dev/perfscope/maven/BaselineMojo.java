package dev.perfscope.maven;

import dev.perfscope.Perfscope;
import dev.perfscope.run.RunConfig;
import dev.perfscope.run.RunOutcome;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes every current finding to the baseline file ({@code perf-baseline.json}), for the team to commit:
 * from then on {@code perf:analyze} fails only on findings that are new or worse.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractBuildMojo {

  @Override
  RunOutcome run(RunConfig config) {
    return Perfscope.baseline(config);
  }
}
