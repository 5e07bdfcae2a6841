package dev.perfscope.report;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.model.Summary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The sentences the console and Markdown summaries share about the kinds of file and the files skipped. */
final class FileKindLines {
  /** Skipped files named as source before the others, each group in path order. */
  static final Comparator<SkippedFile> SOURCE_NAMES_FIRST =
      Comparator.comparing((SkippedFile f) -> FileKind.of(f.path()) != FileKind.SOURCE)
          .thenComparing(SkippedFile::path);

  private FileKindLines() {}

  /** {@code 12 source (3,400 lines), 3 documentation (900 lines), 1 data (40 lines)}: source, and other kinds present. */
  static String kinds(Summary summary) {
    return Arrays.stream(FileKind.values())
        .filter(kind -> kind == FileKind.SOURCE || summary.ofKind(kind).files() > 0).map(kind -> {
      Summary.KindTotals totals = summary.ofKind(kind);
      return String.format(Locale.ROOT, "%,d %s (%,d lines)", totals.files(), kind.id(), totals.lines());
    }).collect(Collectors.joining(", "));
  }

  /** {@code 3 skipped (2 binary, 1 over-max-file-size)}, or empty when nothing was skipped. */
  static String skipped(AnalysisResult result) {
    if (result.skipped().isEmpty()) {
      return "";
    }
    Map<String, Long> byReason = new TreeMap<>(result.skipped().stream()
        .collect(Collectors.groupingBy(SkippedFile::reason, Collectors.counting())));
    return String.format(Locale.ROOT, "%,d skipped (%s)", result.skipped().size(), byReason.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey())).collect(Collectors.joining(", ")));
  }
}
