package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats list: parsing, validation, and one writer per file format writing its file. */
class ReportFormatsTest {
  @TempDir Path out;

  @Test
  void parsesTrimsLowerCasesAndDropsRepeats() {
    assertThat(ReportFormats.parse(" JSON, html,json ,md")).containsExactly("json", "html", "md");
    assertThat(ReportFormats.parse(ReportFormats.DEFAULT)).containsExactly("console", "json", "html", "md");
  }

  @Test
  void rejectsUnknownAndEmptyFormatsNamingTheParameter() {
    for (String bad : List.of("pdf", "json,,md", "", "json;md")) {
      assertThatThrownBy(() -> ReportFormats.parse(bad)).isInstanceOf(ConfigurationException.class)
          .hasMessage("Invalid value for formats: '" + bad + "'. Allowed: a comma-separated list of "
              + "console, json, html, md, sarif, checkstyle.");
    }
  }

  @Test
  void everyFileFormatHasOneWriterThatWritesItsFile() throws IOException {
    List<ReportWriter> writers = ReportFormats.writers(ReportFormats.ALL, null);
    assertThat(writers).extracting(ReportWriter::format).containsExactly("json", "html", "md", "sarif", "checkstyle");
    for (ReportWriter writer : writers) {
      Path written = writer.write(ReportSamples.shop(), out);
      assertThat(written.getParent()).isEqualTo(out);
      assertThat(Files.size(written)).as(writer.format()).isPositive();
    }
    assertThat(out.toFile().list()).containsExactlyInAnyOrder("perf-report.json", "perf-report.html",
        "perf-report.md", "perf-report.sarif", "perf-checkstyle.xml");
  }
}
