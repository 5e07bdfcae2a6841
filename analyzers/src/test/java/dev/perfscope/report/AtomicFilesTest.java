package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.model.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A report is replaced whole or not at all: a writer failing midway leaves the previous one and no temp file. */
class AtomicFilesTest {
  @TempDir Path out;

  @ParameterizedTest
  @ValueSource(strings = {"io", "runtime", "error"})
  void aWriterFailingMidwayLeavesThePreviousReportAndNoTempFile(String failure) throws IOException {
    Path report = out.resolve("perf-report.json");
    Files.writeString(report, "{\"previous\":true}");
    assertThatThrownBy(() -> AtomicFiles.write(report, stream -> {
      stream.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
      stream.flush();
      switch (failure) {
        case "io" -> throw new IOException("No space left on device");
        case "runtime" -> throw new UncheckedIOException(new IOException("serializer failed"));
        default -> throw new OutOfMemoryError("Java heap space");
      }
    })).isNotNull();
    assertThat(report).hasContent("{\"previous\":true}");
    assertThat(listing()).containsExactly("perf-report.json");
  }

  @Test
  void everyWriterReplacesItsReportWholeAndLeavesOnlyIt() throws IOException {
    AnalysisResult shop = ReportSamples.shop();
    List<ReportWriter> writers = ReportFormats.writers(ReportFormats.ALL, null);
    for (ReportWriter writer : writers) {
      Path first = writer.write(ReportSamples.hostile(), out);
      Path second = writer.write(shop, out);
      assertThat(second).isEqualTo(first);
      assertThat(Files.readString(second)).as(writer.format()).contains("Billing");
    }
    assertThat(listing()).hasSize(writers.size()).noneMatch(name -> name.endsWith(".tmp"));
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
