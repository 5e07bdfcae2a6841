package dev.perfscope.report;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FunctionMetrics;
import java.util.stream.Stream;

/** A function with the path of its file, for writers that list functions across files. */
record LocatedFunction(String path, FunctionMetrics function) {

  static Stream<LocatedFunction> all(AnalysisResult result) {
    return result.files().stream().flatMap(f -> f.functions().stream().map(fn -> new LocatedFunction(f.path(), fn)));
  }
}
