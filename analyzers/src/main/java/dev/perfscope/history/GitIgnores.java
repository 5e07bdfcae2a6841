package dev.perfscope.history;

import dev.perfscope.sources.Ignores;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FS;

/**
 * Git's ignore rules for one work tree, as git applies them: the {@code .gitignore} of each folder from the
 * path's own up to the top of the work tree (the nearest one that matches decides, {@code !} re-includes),
 * then {@code .git/info/exclude}, then the global excludes file ({@code core.excludesFile}). A file git tracks
 * is never ignored, and a folder is entered when it holds a tracked file; inside an ignored folder, every
 * untracked entry is ignored. Rules are read with JGit's {@link IgnoreNode}; the walk asks folder by folder,
 * each folder's {@code .gitignore} is read once. A walk that starts in an ignored folder gets no rules
 * ({@link #below}). Not thread-safe: one walk at a time.
 */
final class GitIgnores implements Ignores {
  private final Path top;
  private final String topPrefix;
  private final IgnoreNode infoExclude;
  private final IgnoreNode global;
  private final NavigableSet<String> tracked = new TreeSet<>();
  private final Map<Path, IgnoreNode> byFolder = new HashMap<>();
  /** Ignored folders entered because they hold tracked files: their other entries are ignored. */
  private final Set<Path> ignoredButEntered = new HashSet<>();

  private GitIgnores(Path top, IgnoreNode infoExclude, IgnoreNode global) {
    this.top = top;
    this.topPrefix = top.toString().endsWith(File.separator) ? top.toString() : top + File.separator;
    this.infoExclude = infoExclude;
    this.global = global;
  }

  /** The rules of {@code repository}'s work tree, with what its index tracks. */
  static GitIgnores of(Repository repository) {
    try {
      Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      IgnoreNode info = parse(new File(repository.getDirectory(), "info/exclude").toPath());
      GitIgnores ignores = new GitIgnores(top, info, parse(globalFile(repository)));
      DirCache index = DirCache.read(repository);
      for (int i = 0; i < index.getEntryCount(); i++) {
        ignores.tracked.add(index.getEntry(i).getPathString());
      }
      return ignores;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ignore rules of " + repository.getWorkTree(), e);
    }
  }

  /**
   * {@inheritDoc} The walk asks about every file; its paths are absolute and normalized already, so the path
   * in the work tree is cut out of the string (cheaper than {@link Path#relativize}, which showed in profiles).
   */
  @Override
  public boolean ignores(Path path, boolean folder) {
    String full = path.toString();
    if (!full.startsWith(topPrefix)) {
      return false;
    }
    String repoPath = full.substring(topPrefix.length()).replace(File.separatorChar, '/');
    if (folder ? holdsTracked(repoPath) : tracked.contains(repoPath)) {
      if (folder && matches(path, repoPath, true)) {
        ignoredButEntered.add(path);
      }
      return false;
    }
    return matches(path, repoPath, folder);
  }

  @Override
  public Ignores below(Path start) {
    Path absolute = start.toAbsolutePath().normalize();
    if (!absolute.startsWith(top)) {
      return NONE;
    }
    Path folder = top;
    for (Path name : top.relativize(absolute)) {
      folder = folder.resolve(name);
      if (!name.toString().isEmpty() && ignores(folder, true)) {
        return NONE;
      }
    }
    return this;
  }

  /** Whether git's rules ignore the untracked entry at {@code absolute} ({@code repoPath} in the work tree). */
  private boolean matches(Path absolute, String repoPath, boolean folder) {
    if (ignoredButEntered.contains(absolute.getParent())) {
      return true;
    }
    for (Path dir = absolute.getParent(); dir.startsWith(top); dir = dir.getParent()) {
      IgnoreNode rules = rulesOf(dir);
      Boolean ignored =
          rules.getRules().isEmpty() ? null : rules.checkIgnored(slashes(dir.relativize(absolute)), folder);
      if (ignored != null) {
        return ignored;
      }
    }
    for (IgnoreNode rules : new IgnoreNode[] {infoExclude, global}) {
      Boolean ignored = rules.checkIgnored(repoPath, folder);
      if (ignored != null) {
        return ignored;
      }
    }
    return false;
  }

  private boolean holdsTracked(String folder) {
    String prefix = folder + "/";
    String next = tracked.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  private IgnoreNode rulesOf(Path dir) {
    return byFolder.computeIfAbsent(dir, d -> {
      try {
        return parse(d.resolve(".gitignore"));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + d.resolve(".gitignore"), e);
      }
    });
  }

  /** The excludes file {@code core.excludesFile} names, {@code ~/} meaning the home folder; null when unset. */
  private static Path globalFile(Repository repository) {
    String name = repository.getConfig().get(CoreConfig.KEY).getExcludesFile();
    if (name == null || name.isBlank()) {
      return null;
    }
    FS fs = repository.getFS();
    File file = name.startsWith("~/") ? fs.resolve(fs.userHome(), name.substring(2)) : fs.resolve(null, name);
    return file.toPath();
  }

  private static IgnoreNode parse(Path file) throws IOException {
    IgnoreNode node = new IgnoreNode();
    if (file != null && Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        node.parse(file.toString(), in);
      }
    }
    return node;
  }

  private static String slashes(Path relative) {
    return relative.toString().replace(File.separatorChar, '/');
  }
}
