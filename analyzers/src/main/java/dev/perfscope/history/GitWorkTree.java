package dev.perfscope.history;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git work tree holding the analyzed directory, found by searching upwards as git does (linked worktrees
 * and submodules included; {@code GIT_CEILING_DIRECTORIES} and {@code GIT_DIR} are honoured). Closing it
 * closes the repository.
 */
public final class GitWorkTree implements AutoCloseable {
  private final Repository repository;
  private final Path root;

  private GitWorkTree(Repository repository) {
    this.repository = repository;
    this.root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /** The work tree containing {@code start}, or empty when there is none (or only a bare repository). */
  public static Optional<GitWorkTree> find(Path start) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
        .findGitDir(start.toAbsolutePath().normalize().toFile());
    if (builder.getGitDir() == null && builder.getWorkTree() == null) {
      return Optional.empty();
    }
    try {
      Repository repository = builder.setMustExist(true).build();
      if (repository.isBare()) {
        repository.close();
        return Optional.empty();
      }
      return Optional.of(new GitWorkTree(repository));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the git repository above " + start, e);
    }
  }

  public Repository repository() {
    return repository;
  }

  /** The path of {@code file} relative to the work tree, with forward slashes; empty when outside it. */
  public Optional<String> pathOf(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(root)
        ? Optional.of(root.relativize(absolute).toString().replace(File.separatorChar, '/'))
        : Optional.empty();
  }

  @Override
  public void close() {
    repository.close();
  }
}
