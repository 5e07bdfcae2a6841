package dev.perfscope.sources;

import dev.perfscope.config.ConfigurationException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

/**
 * A glob over relative paths (to a source root or to the analysis root: see {@link SourceWalker}), with forward slashes, in Java's glob syntax; as in Ant, a
 * leading {@code **}{@code /} also matches at the top level ({@code **}{@code /*.java} matches {@code A.java}).
 */
public final class Glob implements Predicate<String> {
  private final String pattern;
  private final PathMatcher matcher;
  private final PathMatcher topLevel;

  private Glob(String pattern) {
    this.pattern = pattern;
    this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    this.topLevel = pattern.startsWith("**/")
        ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)) : null;
  }

  /** Compiles {@code pattern}, or fails naming the configuration {@code parameter} it came from. */
  public static Glob of(String pattern, String parameter) {
    try {
      return new Glob(pattern);
    } catch (PatternSyntaxException e) {
      throw new ConfigurationException(parameter, pattern,
          "a glob such as src/test/** or **/*.java (" + e.getDescription().replace("'", "") + " at index " + e.getIndex() + ")");
    }
  }

  @Override
  public boolean test(String relativePath) {
    Path path = Path.of(relativePath);
    return matcher.matches(path) || topLevel != null && topLevel.matches(path);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
