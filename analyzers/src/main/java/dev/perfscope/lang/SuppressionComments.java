package dev.perfscope.lang;

import dev.perfscope.model.Suppression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code perf: ignore} comments ({@code //} or {@code #}), the same in every language:
 * {@code // perf: ignore[cyclomatic,cognitive] generated parser, rewrite planned}. No brackets means every
 * rule; the rest of the line is the reason. On a declaration's lines (first line through name line) it
 * suppresses that declaration; before the first line of code it suppresses the whole file.
 */
public final class SuppressionComments {
  /**
   * The reason is the rest of the line, whatever it holds: {@code DOTALL}, because a line here ends only at LF,
   * CR or CRLF, and {@code .} would stop at a U+2028 or U+0085 in the reason and lose the whole comment.
   */
  private static final Pattern MARKER =
      Pattern.compile("(?://|#)\\s*perf:\\s*ignore(?:\\[([^\\]]*)\\])?(.*)", Pattern.DOTALL);
  private static final String NO_REASON = "no reason given";

  private SuppressionComments() {}

  public static List<Suppression> find(SourceText source, BitSet codeLines, List<Declaration> declarations) {
    List<Suppression> found = new ArrayList<>();
    int firstCode = codeLines.isEmpty() ? Integer.MAX_VALUE : codeLines.nextSetBit(1);
    String text = source.text();
    for (int line = 1; line <= source.lineCount(); line++) {
      String content = text.substring(source.lineStart(line), source.lineEnd(line));
      if (!content.contains("perf:")) {
        continue;
      }
      Matcher m = MARKER.matcher(content);
      if (m.find()) {
        List<String> rules = rules(m.group(1));
        String reason = reason(m.group(2));
        if (line < firstCode) {
          found.add(new Suppression(1, Math.max(1, source.lineCount()), rules, reason, true));
        } else {
          innermost(declarations, line)
              .ifPresent(d -> found.add(new Suppression(d.firstLine(), d.endLine(), rules, reason, false)));
        }
      }
    }
    return found;
  }

  private static Optional<Declaration> innermost(List<Declaration> declarations, int line) {
    return declarations.stream().filter(d -> d.firstLine() <= line && line <= d.nameLine())
        .max(Comparator.comparingInt(Declaration::firstLine));
  }

  private static List<String> rules(String list) {
    if (list == null) {
      return List.of();
    }
    return Arrays.stream(list.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
  }

  /** The text after the marker, without the separators people put before a reason. */
  public static String reason(String rest) {
    String reason = rest == null ? "" : rest.replaceFirst("^[\\s:\\-\u2013\u2014]+", "").strip();
    reason = reason.replaceFirst("\\*/$", "").strip();
    return reason.isEmpty() ? NO_REASON : reason;
  }
}
