package dev.perfscope.sources;

import dev.perfscope.model.SkippedFile;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Lists the regular files under the source roots that the filter keeps (include and exclude globs match the
 * path relative to the source root that holds the file, or relative to the analysis root) and the version
 * control system does not ignore, each once (roots may nest), in a stable order: sorted by their path relative to the analysis
 * root. Symbolic links are skipped unless {@code followLinks}; then a link is followed only when its target
 * stays under a source root (one that leads outside is listed as skipped), a loop is walked once and a file
 * reached by two paths is listed once.
 */
public final class SourceWalker {
  private final Path root;
  private final PathFilter filter;
  private final boolean followLinks;
  private final Ignores ignores;
  private final UnaryOperator<String> naming;
  /** How many walks were made: the seam a test counts them by (one per run). */
  static final AtomicInteger WALKS = new AtomicInteger();

  /**
   * A walker that never enters the folders {@code neverEntered} (absolute, or relative to {@code root}) and
   * leaves out what {@code ignores} ignores.
   */
  public SourceWalker(Path root, List<String> includes, List<String> excludes, boolean followLinks,
      List<Path> neverEntered, Ignores ignores) {
    this(root.toAbsolutePath().normalize(), new PathFilter(includes, excludes, Set.copyOf(neverEntered.stream()
        .map(f -> root.toAbsolutePath().normalize().resolve(f).normalize()).toList())), followLinks, ignores,
        UnaryOperator.identity());
  }

  private SourceWalker(Path root, PathFilter filter, boolean followLinks, Ignores ignores,
      UnaryOperator<String> naming) {
    this.root = root;
    this.filter = filter;
    this.followLinks = followLinks;
    this.ignores = ignores;
    this.naming = naming;
  }

  /**
   * This walker, saying what it tells the user (why a link was skipped, which globs matched nothing) with
   * its settings ({@code followLinks}, {@code includes}, {@code excludes}) named as {@code naming} names them.
   */
  public SourceWalker naming(UnaryOperator<String> settingNames) {
    return new SourceWalker(root, filter, followLinks, ignores, settingNames);
  }

  /** A walker naming the settings as they are named in the core. */
  public SourceWalker(Path root, List<String> includes, List<String> excludes, boolean followLinks) {
    this(root, includes, excludes, followLinks, List.of(), Ignores.NONE);
  }

  /** A walker that does not follow symbolic links. */
  public SourceWalker(Path root, List<String> includes, List<String> excludes) {
    this(root, includes, excludes, false);
  }

  /**
   * The files found, and apart the entries left out that a reader should hear about; {@code unmatchedGlobs}
   * says when the include and exclude globs left no file out of some there were (null: they did not).
   */
  public record Walked(List<SourceFile> files, List<SkippedFile> skipped, String unmatchedGlobs) {
    public Walked(List<SourceFile> files, List<SkippedFile> skipped) {
      this(files, skipped, null);
    }

    public Optional<String> unmatched() {
      return Optional.ofNullable(unmatchedGlobs);
    }
  }

  /** How many files the default rules and ignores let through, and how many of them the includes select. */
  private static final class Counts {
    int candidates;
    int included;
  }

  public List<SourceFile> walk(List<Path> sourceRoots) {
    return find(sourceRoots).files();
  }

  public Walked find(List<Path> sourceRoots) {
    WALKS.incrementAndGet();
    TreeMap<String, SourceFile> found = new TreeMap<>();
    TreeMap<String, SkippedFile> skipped = new TreeMap<>();
    List<Path> starts = sourceRoots.stream().map(r -> root.resolve(r).normalize()).filter(Files::isDirectory).toList();
    Confinement confinement = new Confinement(starts, followLinks);
    Counts counts = new Counts();
    for (Path start : starts) {
      walkOne(start, found, skipped, confinement, counts);
    }
    return new Walked(confinement.onePerRealFile(found.values()), List.copyOf(skipped.values()),
        unmatchedGlobs(counts, found.isEmpty(), starts));
  }

  /**
   * What to tell a user whose globs selected nothing although the source roots hold files: which globs, and
   * the source roots they were matched against.
   */
  private String unmatchedGlobs(Counts counts, boolean noneFound, List<Path> starts) {
    if (!noneFound || counts.candidates == 0 || !filter.hasGlobs()) {
      return null;
    }
    String under = " under " + starts.stream().map(this::relativize).map(p -> p.isEmpty() ? "the base directory" : p)
        .collect(Collectors.joining(", "));
    if (counts.included == 0) {
      return naming.apply("includes") + " " + filter.includes() + " matched no file" + under;
    }
    return naming.apply("excludes") + " " + filter.excludes() + " left out every file" + under
        + (filter.includes().isEmpty() ? "" : " that " + naming.apply("includes") + " " + filter.includes() + " selected");
  }

  private void walkOne(Path start, TreeMap<String, SourceFile> found, TreeMap<String, SkippedFile> skipped,
      Confinement confinement, Counts counts) {
    Ignores ignores = this.ignores.below(start);
    String startPath = relativize(start);
    int inRootFrom = startPath.isEmpty() ? 0 : startPath.length() + 1; // a file's path in the root follows "start/"
    Set<FileVisitOption> options = followLinks ? Set.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
    try {
      Files.walkFileTree(start, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          boolean isStart = dir.equals(start);
          if (!filter.entersFolder(dir, isStart) || (!isStart && ignores.ignores(dir, true))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (!confinement.entersFolder(dir)) {
            skipped.putIfAbsent(relativize(dir), linkOutside(dir));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String relative = relativize(file);
          if (filter.skipsByDefault(relative) || ignores.ignores(file, false)) {
            return FileVisitResult.CONTINUE;
          }
          boolean regular = attrs.isRegularFile();
          counts.candidates += regular ? 1 : 0;
          String inSourceRoot = relative.substring(inRootFrom);
          if (!filter.included(relative, inSourceRoot)) {
            return FileVisitResult.CONTINUE;
          }
          counts.included += regular ? 1 : 0;
          if (filter.excluded(relative, inSourceRoot)) {
            return FileVisitResult.CONTINUE;
          }
          if (!regular) {
            skipped.putIfAbsent(relative, notRegular(relative, attrs));
          } else if (confinement.admitsFile(file)) {
            found.putIfAbsent(relative, new SourceFile(file, relative));
          } else {
            skipped.putIfAbsent(relative, linkOutside(file));
          }
          return FileVisitResult.CONTINUE;
        }

        /** An entry that cannot be looked at or a folder that cannot be listed is skipped and says why. */
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (e instanceof FileSystemLoopException || !filter.entersFolder(file, false)
              || ignores.ignores(file, Files.isDirectory(file))) {
            return FileVisitResult.CONTINUE; // a loop is walked once; a folder left out is not looked at
          }
          String what = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
              ? "cannot list this folder" : "cannot read this entry";
          skipped.putIfAbsent(relativize(file), unreadable(file, what, e));
          return FileVisitResult.CONTINUE;
        }

        /** A folder whose listing broke off midway: what was listed is walked, the folder says what happened. */
        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            skipped.putIfAbsent(relativize(dir), unreadable(dir, "listing this folder stopped", e));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot walk " + start, e); // not thrown: every visit carries on
    }
  }

  private SkippedFile notRegular(String relative, BasicFileAttributes attrs) {
    return attrs.isSymbolicLink()
        ? new SkippedFile(relative, SkippedFile.LINK, "a symbolic link, followed only with " + naming.apply("followLinks"))
        : new SkippedFile(relative, SkippedFile.NOT_A_FILE, "a named pipe, socket or device, not a regular file");
  }

  /** {@code what}, and why in words: {@code AccessDeniedException: /x} says less than "permission denied". */
  private SkippedFile unreadable(Path path, String what, IOException e) {
    String why = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "it vanished during the walk"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new SkippedFile(relativize(path), SkippedFile.UNREADABLE, what + ": " + why);
  }

  private SkippedFile linkOutside(Path path) {
    return new SkippedFile(relativize(path), SkippedFile.LINK_OUTSIDE,
        "a symbolic link to a place outside the source roots");
  }

  /**
   * Relative to the root, also for a source root outside it ({@code ../shared/src/A.java}), with forward
   * slashes. Only the platform's separator is replaced: on Linux {@code a\b.py} is one file name, not a folder.
   */
  private String relativize(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
  }
}
