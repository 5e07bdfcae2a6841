package dev.perfscope.history;

import dev.perfscope.lang.registry.Languages;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.HistoryInfo;
import dev.perfscope.sources.Ignores;
import dev.perfscope.sources.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Git's view of one analysis: which files to analyze in pull-request mode ({@link #scope}), and each file's
 * history ({@link #start}, read beside the analysis), the hotspots and their trend ({@link #annotate}).
 * Without a git work tree it changes nothing. A damaged repository (a missing object, a {@code .git} file
 * pointing nowhere, an index that does not read) costs the history, never the run: the result says the
 * history is {@link HistoryInfo#damaged damaged} and why, and has no history otherwise.
 */
public final class ProjectHistory implements AutoCloseable {
  /** How many hotspots the report lists, and how many of them get a trend of how many points. */
  static final int HOTSPOTS = 20;
  static final int TRENDS = 5;
  static final int TREND_POINTS = 8;
  /** How many times a history was opened: the seam a test counts them by (one per run). */
  static final AtomicInteger OPENS = new AtomicInteger();

  private final Path root;
  private final HistorySettings settings;
  private final GitWorkTree workTree;
  private final int threads;
  private final Path cacheFile;
  private ChangedFiles changed;
  private CompletableFuture<Walked> walking;
  /** What damage kept history from being read; null while none did. */
  private volatile String damage;

  private ProjectHistory(Path root, HistorySettings settings, GitWorkTree workTree, Reading reading, String damage) {
    this.root = root.toAbsolutePath().normalize();
    this.settings = settings;
    this.workTree = workTree;
    this.threads = reading.threads();
    this.cacheFile = reading.cacheFile();
    this.damage = damage;
  }

  /**
   * How to read history: on up to {@code threads} threads, keeping each commit's changes between runs in
   * {@code cacheFile} (null: not kept).
   */
  public record Reading(int threads, Path cacheFile) {}

  /**
   * The history of the work tree around {@code root}; inert when there is none or nothing was asked. Its
   * ignore rules apply either way; when no history was asked, a repository that cannot be opened is as none.
   */
  public static ProjectHistory open(Path root, HistorySettings settings, Reading reading) {
    OPENS.incrementAndGet();
    boolean wanted = settings.enabled() || settings.since() != null;
    if (!wanted) {
      return new ProjectHistory(root, settings, quietly(root), reading, null);
    }
    try {
      return new ProjectHistory(root, settings, GitWorkTree.find(root).orElse(null), reading, null);
    } catch (UncheckedIOException e) {
      return new ProjectHistory(root, settings, null, reading, "the git repository cannot be opened: " + cause(e));
    }
  }

  private static GitWorkTree quietly(Path root) {
    try {
      return GitWorkTree.find(root).orElse(null);
    } catch (UncheckedIOException e) {
      return null;
    }
  }

  /** What git ignores in the work tree ({@code .gitignore}, {@code info/exclude}, the global excludes file). */
  public Ignores ignores() {
    if (workTree == null) {
      return Ignores.NONE;
    }
    try {
      return GitIgnores.of(workTree.repository());
    } catch (UncheckedIOException e) {
      damaged("git's ignore rules cannot be read", e);
      return Ignores.NONE;
    }
  }

  /** The files to analyze: all of them, or in pull-request mode those changed since the merge base. */
  public List<SourceFile> scope(List<SourceFile> files) {
    if (settings.since() == null) {
      return files;
    }
    if (workTree == null) {
      throw new UnknownRefException(settings.since(), damage != null ? damage : "no git work tree contains " + root);
    }
    changed = io(() -> ChangedFiles.since(workTree.repository(), settings.since()));
    return files.stream()
        .filter(f -> workTree.pathOf(f.file()).filter(changed.paths()::contains).isPresent())
        .toList();
  }

  /**
   * Starts reading the history of {@code files} in a thread of its own, so that it runs beside the analysis;
   * {@link #annotate} waits for it.
   */
  public void start(List<SourceFile> files) {
    if (!settings.enabled() || workTree == null) {
      return;
    }
    Map<String, String> reportPaths = new HashMap<>();
    for (SourceFile file : files) {
      workTree.pathOf(file.file()).ifPresent(p -> reportPaths.put(p, file.relativePath()));
    }
    walking = CompletableFuture.supplyAsync(() -> unlessDamaged(() -> walk(reportPaths)), task -> {
      Thread thread = new Thread(task, "perfscope-history");
      thread.setDaemon(true);
      thread.start();
    });
  }

  /**
   * {@code result} with each file's history and the hotspots (with trends; none when the history is too short
   * to rank files by change, {@link HistoryVerdict}). The pull-request scope is the caller's to add
   * ({@link #sinceRef}, {@link #mergeBase}): a worker JVM analyzes files scoped in the JVM that started it.
   */
  public AnalysisResult annotate(AnalysisResult result, Languages languages, Charset encoding) {
    Walked walked = walking == null ? null : join(walking);
    AnalysisResult annotated = walked == null ? result
        : unlessDamaged(() -> withHistory(result, walked, languages, encoding));
    if (damage != null && settings.enabled()) {
      annotated = result.withHistory(HistoryInfo.damaged(head(), settings.days(), damage), result.files(), List.of());
    }
    return annotated;
  }

  /** In pull-request mode, after {@link #scope}: the ref the files changed since; null otherwise. */
  public String sinceRef() {
    return changed == null ? null : changed.ref();
  }

  /** In pull-request mode, after {@link #scope}: the merge base with {@link #sinceRef}, abbreviated; null otherwise. */
  public String mergeBase() {
    return changed == null ? null : abbreviate(changed.mergeBase());
  }

  /**
   * For each of {@code paths} (report paths) that changed in the window, per commit that changed it (newest
   * first), the names of the members it changed ({@link MemberChanges}): what advice needs for change coupling.
   * Call after {@link #annotate}; empty without history, or when it could not be read. Each version is parsed,
   * so ask only for the files whose split is to be planned.
   */
  public Map<String, List<List<String>>> memberChanges(Collection<String> paths, Languages languages,
      Charset encoding) {
    Walked walked = walking == null ? null : join(walking);
    if (walked == null || damage != null) {
      return Map.of();
    }
    Map<String, List<List<String>>> changed = unlessDamaged(() -> {
      MemberChanges members = new MemberChanges(workTree.repository(), languages, encoding);
      Map<String, List<List<String>>> byPath = new HashMap<>();
      for (String path : paths) {
        FileChanges fileChanges = walked.changes().get(path);
        if (fileChanges != null) {
          byPath.put(path, members.of(fileChanges));
        }
      }
      return byPath;
    });
    return changed == null ? Map.of() : changed;
  }

  /**
   * The git state a result depends on, after {@link #scope}: the HEAD commit and the shallow boundary when
   * history is read, the merge base in pull-request mode; empty when git plays no part.
   */
  public String state() {
    if (workTree == null) {
      return damage == null ? "" : "damaged: " + damage;
    }
    String read = unlessDamaged(() -> {
      StringBuilder state = new StringBuilder();
      if (settings.enabled()) {
        ObjectId head = workTree.repository().resolve("HEAD^{commit}");
        state.append("head=").append(head == null ? "none" : head.name()).append(" shallow=")
            .append(new TreeSet<>(workTree.repository().getObjectDatabase().getShallowCommits()));
      }
      if (changed != null) {
        state.append(" since=").append(changed.ref()).append('@').append(changed.mergeBase().name());
      }
      return state.toString();
    });
    return read != null ? read : "damaged: " + damage;
  }

  /** What the walk found: per report path, the file's changes; null in a repository without commits. */
  private record Walked(ObjectId head, Map<String, FileChanges> changes, boolean partial, int commits) {}

  private Walked walk(Map<String, String> reportPaths) throws IOException {
    ObjectId head = workTree.repository().resolve("HEAD^{commit}");
    if (head == null) {
      return null;
    }
    String folder = workTree.pathOf(root).orElse("");
    HistoryWalk walk = new HistoryWalk(workTree.repository(), folder, reportPaths.keySet(), threads, cacheFile);
    Map<String, FileChanges> changes = new HashMap<>();
    walk.walk(head, windowStart(head)).forEach((repoPath, c) -> changes.put(reportPaths.get(repoPath), c));
    return new Walked(head, changes, walk.partial(), walk.commits());
  }

  private AnalysisResult withHistory(AnalysisResult result, Walked walked, Languages languages, Charset encoding)
      throws IOException {
    List<FileMetrics> files = new ArrayList<>();
    for (FileMetrics file : result.files()) {
      FileChanges fileChanges = walked.changes().get(file.path());
      files.add(fileChanges == null ? file : file.withHistory(fileChanges.toHistory()));
    }
    String insufficient = HistoryVerdict.reason(walked.commits(), walked.changes().values());
    List<Hotspot> hotspots = List.of();
    if (insufficient == null) {
      TrendSampler sampler = new TrendSampler(workTree.repository(), languages, encoding, TREND_POINTS);
      hotspots = sampler.addTrends(new Hotspots(HOTSPOTS).rank(files), walked.changes(), TRENDS);
    }
    HistoryInfo info = HistoryInfo.of(abbreviate(walked.head()), settings.days(), walked.partial(), walked.commits(),
        insufficient);
    return result.withHistory(info, files, hotspots);
  }

  private Instant windowStart(ObjectId head) throws IOException {
    try (RevWalk walk = new RevWalk(workTree.repository())) {
      RevCommit commit = walk.parseCommit(head);
      return commit.getCommitterIdent().getWhenAsInstant().minus(Duration.ofDays(settings.days()));
    }
  }

  private String abbreviate(ObjectId id) {
    return id.abbreviate(7).name();
  }

  /** The commit at HEAD, abbreviated, if even that can be read; null otherwise. */
  private String head() {
    try {
      ObjectId head = workTree == null ? null : workTree.repository().resolve("HEAD^{commit}");
      return head == null ? null : abbreviate(head);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * What {@code call} returns, or null when the repository turns out damaged: a missing object (JGit throws
   * it as an {@link IOException}, or inside a {@link RevWalkException} from a walk), which is then
   * remembered as the damage.
   */
  private <T> T unlessDamaged(GitCall<T> call) {
    try {
      return call.call();
    } catch (IOException | UncheckedIOException | JGitInternalException | RevWalkException e) {
      damaged("git history cannot be read", e);
      return null;
    }
  }

  private synchronized void damaged(String what, Exception e) {
    if (damage == null) {
      damage = what + ": " + cause(e);
    }
  }

  /** The deepest cause's message: {@code Missing blob 762c...}, not "Walk failure." or our own wrapping. */
  private static String cause(Throwable e) {
    Throwable deepest = e;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
    return message.strip().replaceAll("\\s+", " ");
  }

  @Override
  public void close() {
    if (workTree != null) {
      workTree.close();
    }
  }

  private interface GitCall<T> {
    T call() throws IOException;
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static <T> T io(GitCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read git history: " + cause(e), e);
    } catch (RevWalkException e) { // a walk's missing object, which JGit does not throw as an IOException
      throw new UncheckedIOException("Cannot read git history: " + cause(e), new IOException(e));
    }
  }
}
