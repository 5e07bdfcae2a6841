package dev.perfscope.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The health score, 0 to 100 with a letter A to E, of a file or of a set of files, defined in
 * {@code docs/health-score.md}. A file's findings cost penalty points; its <em>healthy part</em> is
 * {@code e^(-points / BUDGET)}, and its <em>weight</em> is one, or its code lines in units of
 * {@link #SIZE_UNIT} when it is larger. A file scores {@code 100 × healthy / weight}, a set of files
 * {@code 100 × Σ healthy / Σ weight}: an average of the file scores weighted by size, in which the code
 * beyond {@link #SIZE_UNIT} lines counts as unhealthy. {@code points} is the sum of the penalty points.
 */
public record Health(int score, String letter, double points) {
  /** A warning costs this much; a critical finding at least {@link #CRITICAL_POINTS}. */
  static final double WARNING_POINTS = 1;
  static final double CRITICAL_POINTS = 3;
  /** The most a critical finding adds for how far past its level it is. */
  static final double EXCESS_POINTS = 2;
  /** The points that bring a file's healthy part down to 1/e (37%). */
  static final double BUDGET = 7;
  /** Code lines a file may have and still count as one file; beyond, each further unit counts as unhealthy. */
  public static final int SIZE_UNIT = 500;
  /** The lowest score of each letter, A to D; below the last, E. */
  private static final int[] LETTER_FLOORS = {90, 80, 70, 60};
  private static final String LETTERS = "ABCDE";

  public static final Health PERFECT = new Health(100, "A", 0);

  public Health {
    if (score < 0 || score > 100 || points < 0) {
      throw new IllegalArgumentException("score must be 0..100 and points >= 0: " + score + ", " + points);
    }
    letter = letter == null ? letterOf(score) : letter; // a report written before letters has none
  }

  /**
   * Whether a file is scored: source code in a language Perfscope parses; not a text file (lines only), nor
   * documentation or data.
   */
  public static boolean scores(FileMetrics file) {
    return file.kind() == FileKind.SOURCE && file.parsedByLanguage();
  }

  /** The score with its letter, as reports print it: {@code 72 (C)}. */
  public String graded() {
    return score + " (" + letter + ")";
  }

  /** The score out of 100 with its letter, as reports print an overall score: {@code 72 / 100 (C)}. */
  public String outOf100() {
    return score + " / 100 (" + letter + ")";
  }

  /** The letter of a score: A from 90, B from 80, C from 70, D from 60, E below. */
  public static String letterOf(int score) {
    int band = 0;
    while (band < LETTER_FLOORS.length && score < LETTER_FLOORS[band]) {
      band++;
    }
    return LETTERS.substring(band, band + 1);
  }

  /** The health of these files together, {@code findings} being those of the whole analysis. */
  public static Health of(List<FileMetrics> files, List<Finding> findings) {
    return overall(scored(files, findings));
  }

  /**
   * The health of files that carry their own (see {@link #scored}), together: from each file's points, so
   * files of several analyses combine even where their paths coincide. Unscored (text) files do not count.
   */
  public static Health overall(List<FileMetrics> scoredFiles) {
    Mass total = new Mass();
    for (FileMetrics file : scoredFiles) {
      if (file.health() != null) {
        total.add(file, file.health().points());
      }
    }
    return total.health();
  }

  /** The files, each carrying its own health (a text file: none); a file that already has one keeps it. */
  public static List<FileMetrics> scored(List<FileMetrics> files, List<Finding> findings) {
    if (files.stream().allMatch(f -> f.health() != null || !scores(f))) {
      return files;
    }
    Map<String, Double> points = pointsByPath(findings);
    return files.stream().map(f -> f.health() != null || !scores(f) ? f
        : f.withHealth(ofFile(f, points.getOrDefault(f.path(), 0.0)))).toList();
  }

  /** The health of one file whose findings cost {@code points}. */
  public static Health ofFile(FileMetrics file, double points) {
    Mass mass = new Mass();
    mass.add(file, points);
    return mass.health();
  }

  /** What one finding costs: 1 for a warning, 3 to 5 for a critical one, growing with its excess. */
  public static double points(Finding finding) {
    if (finding.severity() == Severity.WARNING) {
      return WARNING_POINTS;
    }
    double past = Math.max(0, finding.value() - finding.threshold()) / (double) Math.max(1, finding.threshold());
    return CRITICAL_POINTS + Math.min(EXCESS_POINTS, EXCESS_POINTS * past);
  }

  /** A file's weight: 1 up to {@link #SIZE_UNIT} code lines, its code lines in units of it beyond. */
  public static double weight(FileMetrics file) {
    return Math.max(1, file.code() / (double) SIZE_UNIT);
  }

  private static Map<String, Double> pointsByPath(List<Finding> findings) {
    Map<String, Double> points = new HashMap<>();
    findings.forEach(f -> points.merge(f.path(), points(f), Double::sum));
    return points;
  }

  /** Healthy parts and weights summed over files, in the order given (StrictMath: the same sum on every JVM). */
  private static final class Mass {
    private double healthy;
    private double weight;
    private double points;

    void add(FileMetrics file, double filePoints) {
      healthy += StrictMath.exp(-filePoints / BUDGET);
      weight += weight(file);
      points += filePoints;
    }

    Health health() {
      if (weight == 0) {
        return PERFECT;
      }
      int score = (int) Math.floor(100 * healthy / weight);
      return new Health(score, letterOf(score), points);
    }
  }
}
