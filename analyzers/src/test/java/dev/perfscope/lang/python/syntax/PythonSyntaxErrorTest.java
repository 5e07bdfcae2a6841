package dev.perfscope.lang.python.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.PythonAnalyzer;
import dev.perfscope.model.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        Arguments.of("x = 1\n    \ny = 2)\n", 3),
        Arguments.of("x = 1\nf() = 1\n", 2),
        Arguments.of("x = 1\na + b = c\n", 2),
        Arguments.of("x = 1\n(a, b) += 1\n", 2),
        Arguments.of("x = 1\nfor f() in x:\n    pass\n", 2),
        Arguments.of("x = 1\ndel f()\n", 2),
        Arguments.of("x = 1\nwith a as 1:\n    pass\n", 2),
        Arguments.of("x = 1\na = 1 = b\n", 2),
        Arguments.of("x = 1\n[a for a in b] = c\n", 2),
        Arguments.of("x = [\n    'a'\n    'b'\n    'c'\n    'd'\n    e,\n]\n", 2),
        Arguments.of("x = 1\nf(a=1, b)\n", 2),
        Arguments.of("x = 1\nf(**a, b)\n", 2),
        Arguments.of("x = 1\nf(a.b=1)\n", 2),
        Arguments.of("x = 1\nf(a=1, a=2)\n", 2),
        Arguments.of("x = 1\nf(x for x in y, 1)\n", 2),
        Arguments.of("x = 1\nclass C(metaclass=M, Base):\n    pass\n", 2),
        Arguments.of("x = 1\nreturn x\n", 2),
        Arguments.of("x = 1\nclass C:\n    yield 1\n", 3),
        Arguments.of("x = 1\ndef f():\n    await x\n", 3),
        Arguments.of("for x in y:\n    pass\nelse:\n    break\n", 4),
        Arguments.of("x = 1\ncontinue\n", 2),
        Arguments.of("def f():\n    async with a:\n        pass\n", 2),
        Arguments.of("x = 1\nawait x\n", 2),
        Arguments.of("def f():\n    for x in y:\n        def g():\n            break\n", 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "() = []\n[a, *b] = c\n(a) += 1\na.b[c].d = 1\nx: int\n(x): int = 1\n*a, b = c\n",
      "for (a, [b, *c]) in d:\n    pass\ndel (a), [b], c.d, e[0]\nwith f() as (g, h.i):\n    pass\n",
      "def g():\n    a = b = yield_ = (yield)\nx[1:2], y.z = 1, 2\n",
      "f(a, *b, c=1, *d, **e)\nf(x for x in y)\nclass C(B, metaclass=M, **k):\n    pass\nf(a, b := 1)\n",
      "f = lambda: (yield)\ndef f():\n    return (i for i in x if await y)\nasync def g():\n    return [await x for x in y]\n"
          + "while True:\n    try:\n        break\n    finally:\n        continue\n"
          + "async def h():\n    async for a in b:\n        async with c:\n            yield\n",
  })
  void validModulesAreAccepted(String module) {
    assertThat(new PythonAnalyzer().analyze(new SourceText(module)).parseError()).as(module).isNull();
  }

  @ParameterizedTest
  @MethodSource("invalidModules")
  void isReportedNearCPythonsLine(String module, int cpythonLine) {
    Problem error = new PythonAnalyzer().analyze(new SourceText(module)).parseError();
    assertThat(error).as(module).isNotNull();
    assertThat(error.line()).as(module + " -> " + error.message()).isBetween(cpythonLine - 2, cpythonLine + 2);
  }
}
