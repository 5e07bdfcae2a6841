package dev.perfscope.analysis;

import dev.perfscope.model.SkippedFile;
import dev.perfscope.sources.SourceFile;
import java.io.Serializable;
import java.util.List;

/**
 * The files a run analyzes, as one walk of the source roots found them and pull-request mode narrowed them,
 * with the entries the walk left out that the report lists; in pull-request mode the ref and the
 * (abbreviated) merge base the files changed since, null otherwise. Plain data: a worker JVM gets it from the
 * JVM that walked.
 */
public record Selection(List<SourceFile> files, List<SkippedFile> skipped, String sinceRef, String mergeBase)
    implements Serializable {
  public Selection {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
