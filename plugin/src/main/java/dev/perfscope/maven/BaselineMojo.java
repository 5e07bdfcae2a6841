package dev.perfscope.maven;

import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.baseline.Baseline;
import dev.perfscope.baseline.BaselineFile;
import dev.perfscope.model.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
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
    AnalysisResult result = analysis().run(request);
    Baseline baseline = Baseline.of(result);
    Path file = baselineFile();
    try {
      BaselineFile.write(baseline, file);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the baseline " + file + ": " + e.getMessage(), e);
    }
    getLog().info("Baseline: " + baseline.findings().size() + " finding(s) written to " + file
        + " (" + result.suppressed().size() + " suppressed in code, not baselined). Commit it.");
  }
}
