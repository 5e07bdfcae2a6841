package dev.perfscope.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonSuppressionsTest {
  @Test
  void commentsOnDecoratorOrDefLinesSuppressThatDeclarationOnly() {
    String source = String.join("\n",
        "\"\"\"Module docstring.\"\"\"",                                     // 1
        "# perf: ignore[file-lines] generated from the schema",              // 2
        "import functools",                                                   // 3
        "",                                                                   // 4
        "@functools.cache  # perf: ignore[cyclomatic] -- a dispatch table",   // 5
        "def dispatch(event):",                                               // 6
        "    return 1 if event else 0",                                       // 7
        "",                                                                   // 8
        "class Router:",                                                      // 9
        "    def route(self, path):  # perf: ignore reads best flat",         // 10
        "        return path or '/'",                                         // 11
        "",                                                                   // 12
        "    def other(self):",                                               // 13
        "        return None",                                                // 14
        "");
    List<Suppression> found = new PythonAnalyzer().analyze(new SourceText(source)).suppressions();
    assertThat(found).extracting(Suppression::firstLine, Suppression::lastLine, Suppression::rules,
            Suppression::reason, Suppression::wholeFile)
        .containsExactly(
            tuple(1, 14, List.of("file-lines"), "generated from the schema", true),
            tuple(5, 7, List.of("cyclomatic"), "a dispatch table", false),
            tuple(10, 11, List.of(), "reads best flat", false));
  }

  @Test
  void aReasonHoldingALineSeparatorStillSuppresses() {
    String source = String.join("\n",
        "def route(path):  # perf: ignore[cyclomatic] reads\u2028best flat\u0085really",
        "    return path or '/'",
        "");
    assertThat(new PythonAnalyzer().analyze(new SourceText(source)).suppressions())
        .extracting(Suppression::firstLine, Suppression::lastLine, Suppression::rules, Suppression::reason)
        .containsExactly(tuple(1, 2, List.of("cyclomatic"), "reads\u2028best flat\u0085really"));
  }
}
