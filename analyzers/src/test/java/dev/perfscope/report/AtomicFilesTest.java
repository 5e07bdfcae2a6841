package dev.perfscope.report;

import dev.perfscope.infra.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.model.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

  /**
   * A build killed while writing leaves its temporary file (#17: 13 files, 9 MB in one test). The next write
   * in the folder removes every one no writer holds, and nothing else.
   */
  @Test
  void aTemporaryFileAKilledWriterLeftIsRemovedByTheNextWrite() throws IOException {
    Files.writeString(out.resolve(".perf-report.html.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "<html><bo");
    Files.writeString(out.resolve(".perf-cache.json.gz.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp"), "\u001f");
    Files.writeString(out.resolve(".keep.tmp"), "not ours");
    Files.writeString(out.resolve("notes.md.tmp"), "not ours either");
    AtomicFiles.write(out.resolve("perf-report.md"), stream -> stream.write('#'));
    assertThat(listing()).containsExactly(".keep.tmp", "notes.md.tmp", "perf-report.md");
  }

  @Test
  void aTemporaryFileAWriterStillHoldsStaysUntilItLetsGo() throws IOException {
    Path held = out.resolve(".perf-report.json.16fd2706-8baf-433b-82eb-8c7fada847da.tmp");
    try (FileChannel channel = FileChannel.open(held, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      AtomicFiles.removeLeftovers(out);
      assertThat(held).exists();
    }
    AtomicFiles.removeLeftovers(out);
    assertThat(held).doesNotExist();
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
