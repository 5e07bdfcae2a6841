package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.cache.FileStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run record is used only for its own key and only while the reports it lists are untouched. */
class RunRecordTest {
  @TempDir Path out;

  private RunRecord recorded() throws IOException {
    Path json = Files.writeString(out.resolve("perf-report.json"), "{\"files\":[]}");
    Path md = Files.writeString(out.resolve("perf-report.md"), "# Perfscope\n");
    RunRecord record = new RunRecord("key-1", List.of("Findings: 1 critical, 0 warning."),
        RunRecord.stamps(out, List.of(json, md)), List.of("critical file-lines: A.java has 1200 lines (limit 1000)"),
        Map.of("src/A.java", new FileStamp(12, 1_000, 9_000_000_000L, "abc")));
    record.write(out.resolve("perf-run.json"));
    return record;
  }

  @Test
  void readsBackWhatWasWrittenForTheSameKey() throws IOException {
    RunRecord written = recorded();
    assertThat(RunRecord.read(out.resolve("perf-run.json"))).contains(written);
    assertThat(written.madeFor("key-1")).isTrue();
    assertThat(written.reports()).containsOnlyKeys("perf-report.json", "perf-report.md");
    assertThat(written.reportsIntact(out)).isTrue();
    assertThat(written.sources()).containsOnlyKeys("src/A.java");
  }

  @Test
  void aReportTouchedButNotChangedIsIntact() throws IOException {
    RunRecord record = recorded();
    Files.setLastModifiedTime(out.resolve("perf-report.md"), FileTime.fromMillis(1_000));
    assertThat(record.reportsIntact(out)).isTrue();
  }

  @Test
  void anotherKeyAMissingFileOrACorruptOneGiveNothing() throws IOException {
    recorded();
    assertThat(RunRecord.read(out.resolve("perf-run.json")).filter(r -> r.madeFor("key-2"))).isEmpty();
    assertThat(RunRecord.read(out.resolve("none.json"))).isEmpty();
    Files.writeString(out.resolve("perf-run.json"), "{\"key\":\"key-1\",\"log\":");
    assertThat(RunRecord.read(out.resolve("perf-run.json"))).isEmpty();
  }

  @Test
  void aReportEditedOrRemovedSinceMakesTheRecordStale() throws IOException {
    RunRecord record = recorded();
    Files.writeString(out.resolve("perf-report.md"), "# Perfscope, edited\n");
    assertThat(record.reportsIntact(out)).isFalse();
    recorded();
    Files.writeString(out.resolve("perf-report.md"), "# Perfscope?\n"); // same size, new time
    Files.setLastModifiedTime(out.resolve("perf-report.md"), FileTime.fromMillis(1_000));
    assertThat(record.reportsIntact(out)).isFalse();
    recorded();
    Files.delete(out.resolve("perf-report.json"));
    assertThat(record.reportsIntact(out)).isFalse();
  }
}
