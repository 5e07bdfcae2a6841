package dev.perfscope.maven;

import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.run.RunJob;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes every current finding to the baseline file ({@code perf-baseline.json}), for the team to commit:
 * from then on {@code perf:analyze} fails only on findings that are new or worse.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractPerfMojo {

  @Override
  void run(AnalysisRequest request) throws MojoExecutionException {
    RunJob job = RunJob.baseline(request, baselineFile().toAbsolutePath(), outputDirectory(),
        sources().repositoryRoot());
    log(runJob(job, forkMode(), Set.of()).log());
  }
}
