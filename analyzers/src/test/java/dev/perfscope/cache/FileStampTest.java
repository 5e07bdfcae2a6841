package dev.perfscope.cache;

import dev.perfscope.infra.ContentHash;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stamp's hash is taken over only while size and time prove the file unchanged, and never for a racy file. */
class FileStampTest {
  private static final Instant AN_HOUR_AGO = Instant.now().minusSeconds(3_600);

  @TempDir Path root;
  private Path file;

  @BeforeEach
  void writeFile() throws IOException {
    file = Files.writeString(root.resolve("A.java"), "class A {}\n");
    Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO));
  }

  private static String sha256(String text) {
    return ContentHash.of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A stamp of the file as it is now, whose hash is a marker: reading it back proves the file was not read. */
  private FileStamp earlier(long hashedAt) throws IOException {
    FileStamp real = FileStamp.of(file, null);
    return new FileStamp(real.size(), real.modified(), hashedAt, "marker");
  }

  @Test
  void aFirstStampHashesTheContent() throws IOException {
    FileStamp stamp = FileStamp.of(file, null);
    assertThat(stamp.hash()).isEqualTo(sha256("class A {}\n"));
    assertThat(stamp.size()).isEqualTo(11);
    assertThat(stamp.modified()).isEqualTo(Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
  }

  @Test
  void anUnchangedFileKeepsItsHashWithoutBeingRead() throws IOException {
    FileStamp previous = earlier(System.currentTimeMillis() * 1_000_000);
    assertThat(FileStamp.of(file, previous)).isSameAs(previous);
  }

  @Test
  void aNewSizeOrTimeMeansReadingItAgain() throws IOException {
    FileStamp previous = earlier(System.currentTimeMillis() * 1_000_000);
    Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO.plusSeconds(1)));
    assertThat(FileStamp.of(file, previous).hash()).isEqualTo(sha256("class A {}\n"));
    Files.writeString(file, "class A { }\n");
    Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO));
    assertThat(FileStamp.of(file, previous).hash()).isEqualTo(sha256("class A { }\n"));
  }

  @Test
  void aFileModifiedJustBeforeItWasHashedIsHashedAgain() throws IOException {
    long modified = FileStamp.of(file, null).modified();
    FileStamp racy = earlier(modified + TimeUnit.SECONDS.toNanos(2));
    assertThat(FileStamp.of(file, racy).hash()).isEqualTo(sha256("class A {}\n"));
  }

  @Test
  void aStampGivesItsHashWithoutReadingOnlyWhileItProvesTheFileUnchanged() throws IOException {
    long modified = FileStamp.of(file, null).modified();
    assertThat(earlier(System.currentTimeMillis() * 1_000_000).hashIfUnchanged(file)).isEqualTo("marker");
    assertThat(earlier(modified + TimeUnit.SECONDS.toNanos(2)).hashIfUnchanged(file)).isNull(); // racy
    FileStamp beforeTouch = earlier(System.currentTimeMillis() * 1_000_000);
    Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO.plusSeconds(1)));
    assertThat(beforeTouch.hashIfUnchanged(file)).isNull();
    assertThat(beforeTouch.hashIfUnchanged(root.resolve("Gone.java"))).isNull();
  }

  @Test
  void aFileOverTheLimitIsStampedBySizeAndTimeWithoutBeingRead() throws Exception {
    Path huge = root.resolve("huge.py");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(64L << 30); // 64 GB on paper, nothing on disk: hashing it would take minutes
    }
    FileStamp stamp = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> FileStamp.of(huge, null, 5L << 20));
    assertThat(stamp.size()).isEqualTo(64L << 30);
    assertThat(stamp.hash()).isEqualTo("unread: " + (64L << 30) + " bytes, modified " + stamp.modified());
    assertThat(FileStamp.of(file, null, 11).hash()).isEqualTo(sha256("class A {}\n")); // at the limit: read
    assertThat(FileStamp.of(file, null, 10).hash()).startsWith("unread: 11 bytes");
  }
}
