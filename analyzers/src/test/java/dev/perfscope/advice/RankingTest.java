package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.ImpactFactors;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.Structure;
import dev.perfscope.report.MarkdownReport;
import dev.perfscope.threshold.PathThreshold;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of what to do first ({@code docs/recommendations.md}): impacts computed by hand on fixtures. */
class RankingTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/advice");

  @TempDir Path project;

  @Test
  void ordersRecommendationsByImpact() throws IOException {
    for (String fixture : List.of("Pricing.java", "GitHttpHelper.java", "Twins.java")) {
      Files.copy(FIXTURES.resolve(fixture), project.resolve(fixture));
    }
    write("UsesPricing.java", "package fixtures;\nclass UsesPricing {\n  Pricing pricing;\n}\n");
    write("QuotesPrices.java", "package fixtures;\nclass QuotesPrices {\n  Object f() {\n    return Pricing.class;\n  }\n}\n");
    write("other/Client.java", "package other;\nimport fixtures.GitHttpHelper;\nclass Client {\n"
        + "  GitHttpHelper helper;\n}\n");
    Thresholds thresholds = Thresholds.defaults()
        .withOverrides(PathThreshold.parse("**/GitHttpHelper.java file-lines=40/80"));
    AnalysisResult result = analyze(thresholds);

    // impact = excess x log2(1 + lines) x (1 + log10(1 + commits)) x (1 + log10(1 + fanIn)); no history: commits 0.
    // Pricing.quote: cognitive 22 / 15 + cyclomatic 14 / 10 = 2.87; 35 lines; Pricing is used by UsesPricing and
    //   QuotesPrices (same package, by simple name): fan-in 2. 2.87 x log2(36) x 1 x (1 + log10(3))
    //   = 2.87 x 5.170 x 1.477 = 21.9.
    // GitHttpHelper.java: 65 lines / 40 = 1.63 (override file-lines=40); imported by other/Client: fan-in 1.
    //   1.63 x log2(66) x 1 x (1 + log10(2)) = 1.63 x 6.044 x 1.301 = 12.8.
    // Pricing's parameter object fixes quote's 7 parameters (warning 6): 1.17; quote and invoiceLine, 35 + 3
    //   lines. 1.17 x log2(39) x 1 x 1.477 = 1.17 x 5.285 x 1.477 = 9.1.
    // Twins: the class split fixes no finding: excess 0, impact 0, last.
    // By priority and path, as before, the file split (medium, GitHttpHelper) came first.
    assertThat(result.recommendations()).extracting(Recommendation::rank, Recommendation::kind,
            Recommendation::path, Recommendation::impact, Recommendation::impactFactors)
        .containsExactly(
            tuple(1, "extract-function", "Pricing.java", 21.9, new ImpactFactors(2.87, 35, 0, 2)),
            tuple(2, "split-file", "GitHttpHelper.java", 12.8, new ImpactFactors(1.63, 65, 0, 1)),
            tuple(3, "parameter-object", "Pricing.java", 9.1, new ImpactFactors(1.17, 38, 0, 2)),
            tuple(4, "split-class", "Twins.java", 0.0, new ImpactFactors(0, 33, 0, 0)));
    assertThat(result.recommendations()).extracting(Recommendation::priority)
        .containsExactly("medium", "medium", "medium", "low");
  }

  @Test
  void deprecatedCodeGetsNoAdviceAndItsFindingsComeLast() throws IOException {
    for (String fixture : List.of("Pricing.java", "GitHttpHelper.java")) {
      Files.copy(FIXTURES.resolve(fixture), project.resolve(fixture));
    }
    Path pricing = project.resolve("Pricing.java");
    Files.writeString(pricing, Files.readString(pricing).replaceFirst("(?m)^(public )?(final )?class Pricing",
        "@Deprecated\n$0"));
    Thresholds thresholds = Thresholds.defaults()
        .withOverrides(PathThreshold.parse("**/GitHttpHelper.java file-lines=40/80"));
    AnalysisResult result = analyze(thresholds);

    // Pricing.quote's findings weigh more (21.9 against 12.8, above), but Pricing is to be removed, not refactored
    assertThat(result.recommendations()).extracting(Recommendation::path).containsOnly("GitHttpHelper.java");
    assertThat(result.findings()).extracting(f -> f.path()).startsWith("GitHttpHelper.java").endsWith("Pricing.java")
        .contains("Pricing.java");
    // and the Markdown table's "What to do" says why there is nothing to do, where it gave the rule's usual fix
    String markdown = Files.readString(new MarkdownReport().write(result, project.resolve("out")));
    assertThat(markdown.lines().filter(line -> line.startsWith("| 2 | Pricing.java:")))
        .singleElement().asString().endsWith("| Nothing here: the code is deprecated, to be removed rather than "
            + "refactored; move its callers to what replaces it. |");
  }

  @Test
  void aFileRanksByTheLinesItsSplitCanMoveOutAFunctionByAllItsExcess() throws IOException {
    // A utility class whose public methods another package calls (they stay), and three private helpers.
    AnalysisResult result = pricingBesideAUtilityClass(12, true);

    Recommendation split = result.recommendations().stream().filter(r -> r.kind().equals("split-file"))
        .findFirst().orElseThrow();
    assertThat(split.path()).isEqualTo("lib/Texts.java");
    assertThat(split.rationale()).contains("around the class's public API, which stays");
    assertThat(split.plan().parts()).extracting(Plan.Part::name, Plan.Part::lines)
        .containsExactly(tuple("Texts.java", 146), tuple("TextsSize.java", 27));
    // Texts.java, 177 lines, would weigh 177 / 40 = 4.43 x log2(178) x 1 x (1 + log10(2)) = 4.43 x 7.476 x 1.301
    // = 43.1 as a whole, more than Pricing.quote's 21.9 (above); but its split moves out only the helpers:
    // (177 - 146) / 40 = 0.78, 0.78 x 7.476 x 1.301 = 7.6, and the file's row ranks by that.
    assertThat(split.impactFactors()).isEqualTo(new ImpactFactors(0.78, 177, 0, 1));
    assertThat(split.impact()).isEqualTo(7.6);
    assertThat(result.findings()).extracting(f -> f.path()).startsWith("Pricing.java").endsWith("lib/Texts.java");
  }

  @Test
  void aFileWithNoSplitPlanRanksByWhatItsClassNeedNotKeep() throws IOException {
    // a utility class that is all public API, which another package calls: nothing can leave it
    AnalysisResult result = pricingBesideAUtilityClass(14, false);

    // 174 lines, 174 / 40 = 4.35 as a whole: 4.35 x log2(175) x (1 + log10(2)) = 42.2, more than
    // Pricing.quote's 21.9; but its constructor and public methods keep 173 of them, and 1 line is no gain
    assertThat(result.recommendations()).noneMatch(r -> r.kind().equals("split-file"));
    assertThat(result.findings()).extracting(f -> f.path()).startsWith("Pricing.java").endsWith("lib/Texts.java");
  }

  @Test
  void aModuleRanksByWhatASplitOfWholeClassesCanMoveOut() throws IOException {
    Files.copy(FIXTURES.resolve("Pricing.java"), project.resolve("Pricing.java"));
    write("UsesPricing.java", "package fixtures;\nclass UsesPricing {\n  Pricing pricing;\n}\n");
    write("QuotesPrices.java", "package fixtures;\nclass QuotesPrices {\n  Object f() {\n    return Pricing.class;\n  }\n}\n");
    // a module that is one class whose methods all keep one total: a split moves the class whole or not at all
    StringBuilder ledger = new StringBuilder("class Ledger:\n    def __init__(self):\n        self.total = 0\n");
    for (int i = 0; i < 20; i++) {
      ledger.append("\n    def add").append(i).append("(self, amount):\n")
          .append("        self.total += amount\n".repeat(9)).append("        return self.total\n");
    }
    write("ledger.py", ledger.toString());
    Thresholds thresholds = Thresholds.defaults().withOverrides(PathThreshold.parse("**/ledger.py file-lines=40/80"));
    AnalysisResult result = analyze(thresholds);

    // 243 lines, 243 / 40 = 6.08 as a whole: 6.08 x log2(244) = 48.2, more than Pricing.quote's findings, all
    // three of them: (22 / 15 + 14 / 10 + 7 / 6) x log2(36) x (1 + log10(3)) = 4.03 x 5.170 x 1.477 = 30.8; but
    // the class is 243 of them, which any split of the module leaves in one file: no gain, last
    assertThat(result.files()).filteredOn(f -> f.path().equals("ledger.py")).extracting(FileMetrics::lines)
        .containsExactly(243);
    assertThat(result.recommendations()).noneMatch(r -> r.kind().equals("split-file"));
    assertThat(result.findings()).extracting(f -> f.path()).startsWith("Pricing.java").endsWith("ledger.py");
  }

  @Test
  void aFunctionsLengthCountsWithoutTheFunctionsNestedInIt() throws IOException {
    String body = "    total = total + 1\n";
    write("plugins.py", "def factory():\n    total = 0\n\n    def hook():\n        total = 0\n"
        + body.indent(4).repeat(84) + "        return total\n\n    return hook\n\n\n"
        + "def plain():\n    total = 0\n" + body.repeat(78) + "    return total\n");
    AnalysisResult result = analyze(Thresholds.defaults());

    // factory.<locals>.hook: 87 lines, 87 / 75 = 1.16; plain: 81 lines, 1.08; factory: 92 lines, 1.23 as a whole,
    // but 87 of them are hook's, which ranks on its own: (92 - 87) / 75 = 0.07, last
    assertThat(result.findings()).extracting(f -> f.function() + " " + f.value())
        .containsExactly("factory.<locals>.hook 87", "plain 81", "factory 92");
  }

  @Test
  void aFunctionsLengthCountsWithoutItsDocstring() throws IOException {
    String body = "    total = total + 1\n";
    write("engine.py", "def create(url):\n    \"\"\"Create an engine.\n\n"
        + "    :param url: where the database is.\n".repeat(90) + "    \"\"\"\n    total = 0\n" + body.repeat(10)
        + "    return total\n\n\n" + "def plain():\n    total = 0\n" + body.repeat(78) + "    return total\n");
    AnalysisResult result = analyze(Thresholds.defaults());

    // create: 106 lines, 106 / 75 = 1.41 as a whole, but 93 of them are its docstring, which no refactoring of
    // its code shortens: (106 - 93) / 75 = 0.17; plain: 81 lines of code, 1.08
    FileMetrics engine = result.files().get(0);
    assertThat(engine.structure().notesAt(1).docLines()).isEqualTo(93);
    assertThat(result.findings()).extracting(f -> f.function() + " " + f.value())
        .containsExactly("plain 81", "create 106");
  }

  @Test
  void aFunctionsParametersCountWithoutThoseEveryCallNames() throws IOException {
    write("console.py", "def configure(*, width=80, height=25, color=True, markup=True, emoji=True, highlight=True,\n"
        + "              soft_wrap=False, theme=None, stderr=False, record=False, tab_size=8, quiet=False):\n"
        + "    return width\n\n\n"
        + "def draw(x, y, width, height, color, fill, border, shadow):\n    return x\n");
    AnalysisResult result = analyze(Thresholds.defaults());

    // configure: 12 parameters (critical > 10), all keyword-only: no call can pass them in the wrong order, and
    // they weigh nothing; draw: 8 positional, 8 / 6 = 1.33, first
    assertThat(result.findings()).extracting(f -> f.function() + " " + f.value())
        .containsExactly("draw 8", "configure 12");
  }

  @Test
  void aFunctionsRowNamesTheParameterObjectItTakes() throws IOException {
    write("shipping.py", "def quote(weight, width, height, depth, origin, destination, carrier, insured):\n"
        + "    return weight\n\n\ndef label(weight, width, height, depth, origin, destination, carrier, insured):\n"
        + "    return carrier\n");
    AnalysisResult result = analyze(Thresholds.defaults());

    // both take 8 parameters (warning > 6), the same 8: the table's rows point to the parameter object, not the
    // rule's usual fix
    String markdown = Files.readString(new MarkdownReport().write(result, project.resolve("out")));
    assertThat(markdown.lines().filter(line -> line.startsWith("| 1 | shipping.py:1 |"))).singleElement().asString()
        .endsWith("| Group (weight, width, height, depth, origin, destination, carrier, insured) into a parameter "
            + "object (recommendation 1) |");
  }

  /**
   * Pricing.java as in {@link #ordersRecommendationsByImpact}, and lib/Texts.java (file-lines 40/80): a public
   * class of {@code publicMethods} 12-line methods that app/Client.java calls, with three private helpers if
   * {@code helpers}.
   */
  private AnalysisResult pricingBesideAUtilityClass(int publicMethods, boolean helpers) throws IOException {
    Files.copy(FIXTURES.resolve("Pricing.java"), project.resolve("Pricing.java"));
    write("UsesPricing.java", "package fixtures;\nclass UsesPricing {\n  Pricing pricing;\n}\n");
    write("QuotesPrices.java", "package fixtures;\nclass QuotesPrices {\n  Object f() {\n    return Pricing.class;\n  }\n}\n");
    StringBuilder api = new StringBuilder("package lib;\n\npublic final class Texts {\n  private Texts() {\n  }\n");
    for (int i = 0; i < publicMethods; i++) {
      api.append("\n  public static String pad").append(i).append("(String text) {\n    String out = text;\n")
          .append("    out = out + \"").append(i).append("\";\n    out = out.trim();\n    out = out.strip();\n")
          .append("    out = out.toLowerCase();\n    out = out.toUpperCase();\n    out = out.intern();\n")
          .append("    out = out.repeat(1);\n    return out.concat(\"!\");\n  }\n");
    }
    for (int i = 0; helpers && i < 3; i++) {
      api.append("\n  private static int scratch").append(i).append("(int size) {\n    int total = size;\n")
          .append("    total += scratch").append((i + 1) % 3).append("Size;\n    total *= 2;\n    return total;\n  }\n")
          .append("\n  private static int scratch").append(i).append("Size = ").append(i).append(";\n");
    }
    write("lib/Texts.java", api.append("}\n").toString());
    write("app/Client.java", "package app;\nimport lib.Texts;\nclass Client {\n  String f() {\n"
        + "    return Texts.pad0(\"x\");\n  }\n}\n");
    Thresholds thresholds = Thresholds.defaults()
        .withOverrides(PathThreshold.parse("**/Texts.java file-lines=40/80"));
    return analyze(thresholds);
  }

  @Test
  void countsTheFilesThatImportAPythonModule() {
    List<FileMetrics> files = List.of(
        python("src/textual/app.py"),
        python("src/textual/widget.py", "textual.app.App"), // a name in a module
        python("src/textual/widgets/_button.py", "..app.App", "..widget"), // relative to its package
        python("src/textual/widgets/__init__.py", "._button.Button"),
        python("tests/test_app.py", "textual.app", "textual.widgets", "textual.app"), // a package: __init__.py
        python("docs/examples/app.py", "app")); // names two files: counts for none

    assertThat(Dependents.count(files)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "src/textual/app.py", 3, "src/textual/widget.py", 1, "src/textual/widgets/_button.py", 1,
        "src/textual/widgets/__init__.py", 1));
  }

  private static FileMetrics python(String path, String... uses) {
    return new FileMetrics(path, "python", null, 1, 1, 0, 0, 0, null, null, List.of(), List.of(), null, null,
        new Structure(List.of(), List.of(), List.of(), List.of(), List.of(uses)));
  }

  private AnalysisResult analyze(Thresholds thresholds) {
    return new Analysis().run(new AnalysisRequest(project, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, thresholds));
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
