package dev.perfscope.duplicates;

import dev.perfscope.model.Plan.Copy;
import dev.perfscope.model.CodeTokens;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds code copied across files, from each source file's {@link CodeTokens} (names and literals already
 * folded, so renamed copies match). Files of one language are laid end to end, each followed by a separator
 * that equals nothing; every window of {@code minTokens} tokens gets a Karp-Rabin rolling hash, and sorting the
 * windows by hash brings equal windows together. A group of equal windows (checked token by token: hashes may
 * collide) starts a clone class when it cannot be extended to the left, that is unless every copy is preceded
 * by the same token (then the group one token earlier holds the same copies); the class is extended to the
 * right while every copy still agrees, then cut to whole statements: from the first token after a statement or
 * block end to the last such end that closes no block opened before the copy. Copies of one file that would overlap keep only the first. A class is
 * dropped when it lies in one file only, when it holds fewer than {@link #MIN_VARIETY} kinds of token, when
 * its copies have fewer than {@code minLines} lines with code on them, or when its every copy lies within a
 * copy of a class with at least as many copies. Linear in the tokens but for the sort.
 */
public final class CloneDetector {
  private static final long BASE = 1_000_003L;
  /**
   * The fewest kinds of token a fragment must hold: lists of declarations ({@code class NameError(Error): pass},
   * {@code static final int A = 1;}) repeat with a dozen kinds, code with any logic in it has more.
   */
  static final int MIN_VARIETY = 18;

  private final DuplicateSettings settings;

  public CloneDetector(DuplicateSettings settings) {
    this.settings = settings;
  }

  /** The clone classes among these files' source files, the largest (by tokens) first. */
  public List<CloneClass> find(List<FileMetrics> files) {
    Map<String, List<FileMetrics>> byLanguage = new LinkedHashMap<>();
    for (FileMetrics file : files) {
      if (file.kind() == FileKind.SOURCE && file.structure().tokens().size() >= settings.minTokens()) {
        byLanguage.computeIfAbsent(file.language(), k -> new ArrayList<>()).add(file);
      }
    }
    List<CloneClass> found = new ArrayList<>();
    for (List<FileMetrics> sameLanguage : byLanguage.values()) {
      if (sameLanguage.size() > 1) {
        found.addAll(new Run(sameLanguage).classes());
      }
    }
    found.sort(Comparator.comparingInt(CloneClass::tokens).reversed()
        .thenComparing(c -> c.copies().get(0).path()).thenComparingInt(c -> c.copies().get(0).line()));
    return withoutContained(found);
  }

  /** The files of one language laid end to end. */
  private final class Run {
    private final List<FileMetrics> files;
    private final int[] tokens;
    private final int[] lines;
    private final int[] fileOf;

    Run(List<FileMetrics> files) {
      this.files = files;
      int total = files.stream().mapToInt(f -> f.structure().tokens().size() + 1).sum();
      tokens = new int[total];
      lines = new int[total];
      fileOf = new int[total];
      int at = 0;
      for (int f = 0; f < files.size(); f++) {
        CodeTokens code = files.get(f).structure().tokens();
        int[] codeLines = code.lines();
        for (int i = 0; i < code.size(); i++, at++) {
          tokens[at] = code.codes()[i] & 0xff;
          lines[at] = codeLines[i];
          fileOf[at] = f;
        }
        tokens[at] = -(f + 1); // a separator equal to no token and no other separator
        fileOf[at] = f;
        at++;
      }
    }

    List<CloneClass> classes() {
      List<CloneClass> classes = new ArrayList<>();
      if (tokens.length > POSITION_MASK) {
        return classes; // more tokens than a window's position can hold: 67 million, twenty-five java.base
      }
      long[] windows = windowsByHash();
      int start = 0;
      while (start < windows.length) {
        int end = start + 1;
        while (end < windows.length && sameHash(windows[start], windows[end])) {
          end++;
        }
        if (end - start > 1) {
          List<Integer> positions = new ArrayList<>(end - start);
          for (int i = start; i < end; i++) {
            positions.add(position(windows[i]));
          }
          for (List<Integer> equal : equalGroups(positions)) {
            cloneClass(equal).ifPresent(classes::add);
          }
        }
        start = end;
      }
      return classes;
    }

    /**
     * Each window's hash in its high bits and its position in the low ones, sorted: equal windows end up
     * side by side, in position order; the position's 26 bits bound a language's tokens to 67 million.
     */
    private long[] windowsByHash() {
      int width = settings.minTokens();
      long power = 1;
      for (int i = 1; i < width; i++) {
        power *= BASE;
      }
      long[] windows = new long[tokens.length];
      int count = 0;
      long hash = 0;
      int clean = 0; // tokens since the last separator
      for (int i = 0; i < tokens.length; i++) {
        if (tokens[i] < 0) {
          hash = 0;
          clean = 0;
          continue;
        }
        if (clean == width) {
          hash -= tokens[i - width] * power;
          clean--;
        }
        hash = hash * BASE + tokens[i];
        clean++;
        if (clean == width) {
          windows[count++] = (hash & ~POSITION_MASK) | (i - width + 1);
        }
      }
      long[] sorted = Arrays.copyOf(windows, count);
      Arrays.sort(sorted);
      return sorted;
    }

    /** Positions whose windows are equal token for token, grouped; singletons left out. */
    private List<List<Integer>> equalGroups(List<Integer> positions) {
      List<List<Integer>> groups = new ArrayList<>();
      List<Integer> left = new ArrayList<>(positions);
      while (left.size() > 1) {
        int first = left.get(0);
        List<Integer> same = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int p : left) {
          (equal(first, p, settings.minTokens()) ? same : other).add(p);
        }
        if (same.size() > 1) {
          groups.add(same);
        }
        left = other;
      }
      return groups;
    }

    private boolean equal(int a, int b, int length) {
      return Arrays.equals(tokens, a, a + length, tokens, b, b + length);
    }

    /** The class these equal windows start, if they start one that counts. */
    private Optional<CloneClass> cloneClass(List<Integer> equal) {
      if (extendsLeft(equal)) {
        return Optional.empty();
      }
      List<Integer> copies = withoutOverlaps(equal);
      if (copies.stream().map(p -> fileOf[p]).distinct().count() < 2) {
        return Optional.empty();
      }
      int length = extendRight(copies);
      int skip = 0; // whole statements only: from the first token after an end, to the last end
      while (skip < length && isEnd(tokens[copies.get(0) + skip])) {
        skip++;
      }
      length = wholeStatements(copies.get(0) + skip, length - skip);
      if (length < settings.minTokens() || variety(copies.get(0) + skip, length) < MIN_VARIETY) {
        return Optional.empty();
      }
      List<Copy> found = new ArrayList<>();
      int spanned = 0;
      for (int p : copies) {
        int from = p + skip;
        found.add(new Copy(files.get(fileOf[p]).path(), lines[from], lines[from + length - 1]));
        spanned = Math.max(spanned, codeLines(from, length));
      }
      if (spanned < settings.minLines()) {
        return Optional.empty();
      }
      found.sort(Comparator.comparing(Copy::path).thenComparingInt(Copy::line));
      return Optional.of(new CloneClass(found, length, spanned));
    }

    /**
     * The length up to the last statement or block end that closes no block opened before the start: a copy
     * does not take the closing brace of the class around it.
     */
    private int wholeStatements(int start, int length) {
      int depth = 0;
      int kept = 0;
      for (int i = 0; i < length; i++) {
        int code = tokens[start + i];
        depth += code == CodeTokens.OPEN ? 1 : code == CodeTokens.CLOSE ? -1 : 0;
        if (depth < 0) {
          break;
        }
        if (isEnd(code)) {
          kept = i + 1;
        }
      }
      return kept;
    }

    private static boolean isEnd(int code) {
      return code == CodeTokens.END || code == CodeTokens.CLOSE;
    }

    /** How many kinds of token the fragment holds. */
    private int variety(int start, int length) {
      return (int) Arrays.stream(tokens, start, start + length).distinct().count();
    }

    /** The lines a token of the fragment starts on: a string over ten lines counts as one. */
    private int codeLines(int start, int length) {
      int count = 0;
      for (int i = start; i < start + length; i++) {
        if (i == start || lines[i] != lines[i - 1]) {
          count++;
        }
      }
      return count;
    }

    /** Whether every copy is preceded by one same token: then the copies start one token earlier. */
    private boolean extendsLeft(List<Integer> positions) {
      int first = positions.get(0);
      if (first == 0 || tokens[first - 1] < 0) {
        return false;
      }
      for (int p : positions) {
        if (p == 0 || tokens[p - 1] != tokens[first - 1]) {
          return false;
        }
      }
      return true;
    }

    /**
     * The positions (in order) without those overlapping an earlier one of the same file. A file's tokens lie
     * side by side, so the nearest earlier copy of the same file is the last one kept: looking at it alone
     * keeps this linear in the copies (eslint's test files repeat some windows thousands of times).
     */
    private List<Integer> withoutOverlaps(List<Integer> positions) {
      List<Integer> kept = new ArrayList<>();
      int last = -1;
      for (int p : positions) {
        if (last < 0 || fileOf[last] != fileOf[p] || p - last >= settings.minTokens()) {
          kept.add(p);
          last = p;
        }
      }
      return kept;
    }

    /**
     * The length all copies share, from the window on, stopping where two copies of one file would start to
     * overlap.
     */
    private int extendRight(List<Integer> positions) {
      int limit = overlapLimit(positions);
      int length = settings.minTokens();
      while (length < limit && allAgree(positions, length)) {
        length++;
      }
      return length;
    }

    /**
     * The distance between the closest two copies of one file: longer, they would overlap. The positions are
     * in order and a file's tokens side by side, so the closest two of a file are neighbours in the list.
     */
    private int overlapLimit(List<Integer> positions) {
      int limit = Integer.MAX_VALUE;
      for (int i = 1; i < positions.size(); i++) {
        if (fileOf[positions.get(i - 1)] == fileOf[positions.get(i)]) {
          limit = Math.min(limit, positions.get(i) - positions.get(i - 1));
        }
      }
      return limit;
    }

    /** Whether every copy has the same token (and no separator) {@code offset} tokens after its start. */
    private boolean allAgree(List<Integer> positions, int offset) {
      int first = positions.get(0) + offset;
      if (first >= tokens.length || tokens[first] < 0) {
        return false;
      }
      for (int p : positions) {
        if (p + offset >= tokens.length || tokens[p + offset] != tokens[first]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final long POSITION_MASK = (1L << 26) - 1;

  private static boolean sameHash(long a, long b) {
    return (a & ~POSITION_MASK) == (b & ~POSITION_MASK);
  }

  private static int position(long window) {
    return (int) (window & POSITION_MASK);
  }

  /**
   * The classes without those whose every copy lies within a copy of a larger class (earlier in the list)
   * with at least as many copies.
   */
  private static List<CloneClass> withoutContained(List<CloneClass> classes) {
    Map<String, List<CloneClass>> byPath = new LinkedHashMap<>();
    List<CloneClass> kept = new ArrayList<>();
    for (CloneClass candidate : classes) {
      boolean contained = false;
      for (CloneClass larger : byPath.getOrDefault(candidate.copies().get(0).path(), List.of())) {
        if (larger.copies().size() >= candidate.copies().size() && candidate.copies().stream()
            .allMatch(copy -> larger.copies().stream().anyMatch(copy::within))) {
          contained = true;
          break;
        }
      }
      if (!contained) {
        kept.add(candidate);
        for (String path : candidate.paths()) {
          byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(candidate);
        }
      }
    }
    return kept;
  }
}
