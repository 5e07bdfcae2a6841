package dev.perfscope.lang.python.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.PythonAnalyzer;
import dev.perfscope.model.Block;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import dev.perfscope.model.Structure;
import dev.perfscope.model.UnitNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure Python gives advice: members with their lines, edges by name, and blocks with reads and writes. */
class PythonStructureTest {
  private static Structure of(String fixture) throws IOException {
    return parse(Files.readString(Path.of("src/test/resources/fixtures/python/advice", fixture)));
  }

  private static Structure parse(String text) {
    return new PythonAnalyzer().analyze(new SourceText(text)).structure();
  }

  @Test
  void aModuleThatWarnsAtImportThatItIsDeprecatedIsDeprecated() {
    assertThat(parse("import warnings\nwarnings._deprecated(__name__, remove=(3, 13))\n\ndef f():\n    pass\n")
        .deprecated()).isTrue();
    assertThat(parse("import warnings\nwarnings.warn(\n    \"lib is deprecated\",\n    PendingDeprecationWarning,\n"
        + "    stacklevel=2,\n)\n").deprecated()).isTrue();
    assertThat(parse("import sys, warnings\nif sys.version_info < (3, 9):\n    warnings.warn(\"old\", "
        + "DeprecationWarning)\n").deprecated()).isTrue();
    // a warning of another kind, or one a function gives when it is called, says nothing of the module
    assertThat(parse("import warnings\nwarnings.warn(\"slow on this platform\", RuntimeWarning)\n").deprecated())
        .isFalse();
    assertThat(parse("import warnings\n\ndef old():\n    warnings.warn(\"use new\", DeprecationWarning)\n")
        .deprecated()).isFalse();
  }

  @Test
  void moduleMembersAreItsFunctionsAndGlobalsWithTheirDecorators() throws IOException {
    assertThat(of("structure.py").members()).containsExactly(
        Member.of("LIMIT", "field", 6, 6, List.of()),
        Member.of("load", "function", 9, 10, List.of("name")),
        Member.of("cached", "function", 13, 15, List.of("name")),
        Member.of("price", "function", 18, 40, List.of("items", "discount", "member")));
  }

  @Test
  void edgesAreCallsGlobalsAndImportsByName() throws IOException {
    assertThat(of("structure.py").edges()).containsExactly(
        new Edge("load", "json", "import", 1),
        new Edge("load", "os.path", "import", 1),
        new Edge("cached", "load", "call", 1),
        new Edge("price", "LIMIT", "field", 2));
  }

  @Test
  void blocksCarryTheirShareOfCognitiveComplexityAndTheirInputsAndResults() throws IOException {
    assertThat(of("structure.py").blocks()).containsExactly(
        new Block("price", 29, 33, 5, List.of("discount", "member", "total"), List.of("total")),
        new Block("price", 22, 27, 4, List.of("items", "total", "count"), List.of("total", "count")),
        new Block("price", 30, 33, 4, List.of("member", "discount", "total"), List.of("total")),
        new Block("price", 23, 26, 3, List.of("item", "total"), List.of("total")));
  }

  @Test
  void aDominantClassGivesItsMethodsAndAttributes() throws IOException {
    Structure s = of("tight_counter.py");
    assertThat(s.members()).extracting(Member::name, Member::kind).containsExactly(
        tuple("TightCounter.unit", "field"),
        tuple("TightCounter.__init__", "constructor"),
        tuple("TightCounter.add", "method"),
        tuple("TightCounter.full", "method"),
        tuple("TightCounter.empty", "method"),
        tuple("TightCounter.average", "method"),
        tuple("TightCounter.reset", "method"),
        tuple("TightCounter.describe", "method"),
        tuple("TightCounter.add_all", "method"),
        tuple("TightCounter.limit", "field"),
        tuple("TightCounter.count", "field"),
        tuple("TightCounter.total", "field"));
    assertThat(s.members().get(1).params()).containsExactly("limit");
    assertThat(s.edges()).as("self.x in code and in f-string fields, self.f() calls").contains(
        new Edge("TightCounter.describe", "TightCounter.unit", "field", 1),
        new Edge("TightCounter.describe", "TightCounter.average", "call", 1),
        new Edge("TightCounter.add_all", "TightCounter.add", "call", 2),
        new Edge("TightCounter.average", "TightCounter.count", "field", 2));
  }

  @Test
  void usesAreEveryImportWhereverItStands() {
    Structure s = parse("""
        import os.path, json as j
        from . import sibling
        from ..css.styles import Styles, RulesMap as Rules
        if TYPE_CHECKING:
            from textual.app import App
        def f():
            from rich.console import *
            return os.path
        """);
    assertThat(s.uses()).containsExactly("os.path", "json", ".sibling", "..css.styles.Styles",
        "..css.styles.RulesMap", "textual.app.App", "rich.console");
    assertThat(s.declares()).isEmpty();
  }

  @Test
  void localsHideGlobalsAndRepeatedNamesGetTheirLine() {
    Structure s = parse("""
        import os
        limit = 1
        def f(limit):
            return limit + g()
        def g():
            global limit
            limit = os.sep
            return [limit for limit in range(3)]
        def g():
            return 2
        """);
    assertThat(s.members()).extracting(Member::name).containsExactly("limit", "f", "g", "g@9");
    assertThat(s.edges()).containsExactly(
        new Edge("f", "g", "call", 1),
        new Edge("f", "g@9", "call", 1),
        new Edge("g", "limit", "field", 1),
        new Edge("g", "os", "import", 1));
  }

  @Test
  void blocksThatReturnYieldOrLeaveTheirLoopAreNoCandidates() {
    Structure s = parse("""
        def walk(items):
            seen = 0
            for item in items:
                while item:
                    item -= 1
                    if item > 9:
                        break
                if item:
                    seen += 1
                    continue
                with open(item) as f:
                    yield f
                    seen += 1
            return seen
        """);
    assertThat(s.blocks()).as("only the while loop keeps its break; the rest yield, continue or return")
        .containsExactly(new Block("walk", 4, 7, 5, List.of("item"), List.of("item")));
  }

  @Test
  void aFunctionsNotesAreItsDocstringAndItsKeywordOnlyParameters() {
    Structure structure = parse("def one(): \"Doc.\"\n\n"
        + "def many(x):\n    '''Doc.\n\n    More.\n    '''\n    return x\n\n"
        + "def code(x):\n    x = 1\n    \"\"\"Not a docstring.\"\"\"\n\n"
        + "class C:\n    def method(self, a, *, b, c=1, **kw):\n        \"\"\"Doc.\n        \"\"\"\n\n"
        + "    async def inner(self, *args, key):\n        def nested():\n            'Doc.'\n");
    // by the line of each def: one's docstring on its own line; code's string is no docstring; method's keyword-only
    // parameters are b and c (not **kw), inner's key (after *args)
    assertThat(structure.unitNotes()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        1, new UnitNotes(1, 0, 0, 0), 3, new UnitNotes(4, 0, 0, 0), 15, new UnitNotes(2, 2, 0, 0),
        19, new UnitNotes(0, 1, 0, 0), 20, new UnitNotes(1, 0, 0, 0)));
    assertThat(structure.notesAt(10)).isEqualTo(UnitNotes.NONE);
  }

  @Test
  void aFunctionsWidestDispatchIsItsLongestIfElifChainOrMatch() {
    Structure structure = parse("def route(cmd):\n    match cmd:\n        case 'a':\n            return 1\n"
        + "        case 'b':\n            return 2\n        case _:\n            return 0\n\n"
        + "def outer(x):\n    if x:\n        return 1\n    def inner(y):\n        if y == 1:\n            return 1\n"
        + "        elif y == 2:\n            return 2\n        else:\n            return 3\n    return inner\n");
    // route: three cases; outer: its own if, one arm and no dispatch, not inner's chain of three
    assertThat(structure.notesAt(1)).isEqualTo(new UnitNotes(0, 0, 2, 3));
    assertThat(structure.notesAt(10)).isEqualTo(UnitNotes.NONE);
    assertThat(structure.notesAt(13)).isEqualTo(new UnitNotes(0, 0, 14, 3));
  }

  @Test
  void aModuleThatDoesNotParseHasNoStructure() {
    assertThat(parse("def f(:\n    pass\n")).isEqualTo(Structure.EMPTY);
  }
}
