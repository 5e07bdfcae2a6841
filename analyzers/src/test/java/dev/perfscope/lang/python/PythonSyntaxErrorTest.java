package dev.perfscope.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid modules: each gets a parse error within 2 lines of the line CPython 3.11 reports (given here). */
class PythonSyntaxErrorTest {
  static Stream<Arguments> invalidModules() {
    return Stream.of(
        Arguments.of("x = 1\nprint 'python 2'\n", 2),
        Arguments.of("x = 1\nexec 'code'\n", 2),
        Arguments.of("try:\n    pass\nexcept ValueError, e:\n    pass\n", 3),
        Arguments.of("x = 1\ny = `x`\n", 2),
        Arguments.of("x = 1\nif x <> 2:\n    pass\n", 2),
        Arguments.of("x = 1\nmode = 0777\n", 2),
        Arguments.of("x = ur'raw'\n", 1),
        Arguments.of("def f(:\n    pass\n", 1),
        Arguments.of("x = 1\nif x\n    pass\n", 2),
        Arguments.of("class:\n    pass\n", 1),
        Arguments.of("x = 1\ny = $\n", 2),
        Arguments.of("x = 1\nelse:\n    pass\n", 2),
        Arguments.of("import a.b as\n", 1),
        Arguments.of("x = 1\ny = f'{}'\n", 2),
        Arguments.of("x = 1\ny = f'{x!}'\n", 2),
        Arguments.of("def f():\n    return\n  x = 1\n", 3),
        Arguments.of("x = [1,\n     2\ny = 3\n", 1),
        Arguments.of("for x in range(3):\npass\n", 2),
        Arguments.of("x = 1 +\n", 1),
        Arguments.of("x = 1\n\\ \ny = 2\n", 2),
        Arguments.of("match x:\n    case 1:\n        pass\n    cas 2:\n        pass\n", 4),
        Arguments.of("def f[T:](): pass\n", 1),
        Arguments.of("x = 1_\n", 1),
        Arguments.of("x = 0b2\n", 1),
        Arguments.of("x = 1\n    \ny = 2)\n", 3));
  }

  @ParameterizedTest
  @MethodSource("invalidModules")
  void isReportedNearCPythonsLine(String module, int cpythonLine) {
    Problem error = new PythonAnalyzer().analyze(new SourceText(module)).parseError();
    assertThat(error).as(module).isNotNull();
    assertThat(error.line()).as(module + " -> " + error.message()).isBetween(cpythonLine - 2, cpythonLine + 2);
  }
}
