package dev.perfscope.threshold;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.sources.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits that replace the defaults for the files a glob matches: looser for tests or generated code,
 * stricter for a core package. Written {@code <glob> <rule>=<warning>/<critical> ...}, e.g.
 * {@code src/test/** function-lines=150/300 cyclomatic=20/40}.
 */
public record PathThreshold(Glob paths, Rule rule, Limit limit) {
  private static final Pattern LIMIT = Pattern.compile("([a-z-]+)=(\\d+)/(\\d+)");
  private static final String PARAMETER = "pathThresholds";
  private static final String FORM = "'<glob> <rule>=<warning>/<critical> ...', e.g. 'src/test/** cyclomatic=20/40'";

  public boolean appliesTo(String path) {
    return paths.test(path);
  }

  /** Parses one entry; it may set several rules for the same glob. */
  public static List<PathThreshold> parse(String spec) {
    String[] words = spec.trim().split("\\s+");
    if (words.length < 2) {
      throw new ConfigurationException(PARAMETER, spec, FORM);
    }
    Glob paths = Glob.of(words[0], PARAMETER);
    List<PathThreshold> parsed = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      Matcher m = LIMIT.matcher(words[i]);
      if (!m.matches()) {
        throw new ConfigurationException(PARAMETER, spec, FORM);
      }
      Rule rule = Rule.fromId(m.group(1), PARAMETER);
      parsed.add(new PathThreshold(paths, rule,
          Limit.of(rule, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
    }
    return parsed;
  }
}
