package dev.perfscope.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A repository built in a test with JGit: files written, staged and committed with known authors and dates. */
public final class TestRepo implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

  final Path dir;
  final Git git;

  private TestRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  public static TestRepo init(Path dir) throws GitAPIException {
    return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
  }

  static TestRepo open(Path dir) throws IOException {
    return new TestRepo(dir, Git.open(dir.toFile()));
  }

  public TestRepo write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return this;
  }

  /** {@code n} numbered lines: "line 1" to "line n". */
  static String lines(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      text.append("line ").append(i).append('\n');
    }
    return text.toString();
  }

  public RevCommit commit(String author, int day, String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call(); // stage deletions too
    PersonIdent who = ident(author, day);
    return git.commit().setAuthor(who).setCommitter(who).setMessage(message).call();
  }

  /** {@code author} (e-mail {@code author@example.com}) at noon UTC, {@code day} days after {@link #T0}. */
  static PersonIdent ident(String author, int day) {
    return new PersonIdent(author, author + "@example.com", T0.plusSeconds(day * 86_400L), ZoneOffset.UTC);
  }

  static String date(int day) {
    return T0.plusSeconds(day * 86_400L).toString();
  }

  @Override
  public void close() {
    git.close();
  }
}
