package dev.perfscope.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Plan.Copy;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clones found through the whole analysis, on fixtures whose comments say where the copies are: a function copied
 * with its names and literals changed is found, whole statements from its declaration to its closing brace (or
 * dedent); one of another structure with the same names is not; imports never count.
 */
class CloneDetectorTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/duplicates");
  private static final DuplicateSettings SMALL = new DuplicateSettings(true, 40, 8);

  @TempDir Path project;

  @Test
  void findsAJavaMethodCopiedWithOtherNamesAndLiterals() throws IOException {
    AnalysisResult result = analyze("java", SMALL);

    assertThat(new CloneDetector(SMALL).find(result.files())).containsExactly(new CloneClass(List.of(
        new Copy("shop/billing/Invoices.java", 14, 27), new Copy("shop/orders/Orders.java", 13, 26)), 62, 14));
  }

  @Test
  void findsAPythonFunctionCopiedWithOtherNamesAndLiterals() throws IOException {
    AnalysisResult result = analyze("python", SMALL);

    assertThat(new CloneDetector(SMALL).find(result.files())).containsExactly(new CloneClass(List.of(
        new Copy("billing/invoices.py", 9, 18), new Copy("billing/orders.py", 5, 14)), 68, 10));
  }

  @Test
  void findsAJavaScriptFunctionCopiedWithOtherNamesLiteralsAndSemicolonsAndItsHomeByTheirRelativeImports()
      throws IOException {
    AnalysisResult result = analyze("javascript", SMALL);

    assertThat(new CloneDetector(SMALL).find(result.files())).containsExactly(new CloneClass(List.of(
        new Copy("billing/invoices.js", 6, 19), new Copy("billing/orders.js", 4, 17)), 66, 14));
    Plan.SharedCode plan = result.recommendations().stream().filter(r -> r.kind().equals("extract-shared"))
        .findFirst().orElseThrow().plan().shared();
    assertThat(plan.home()).isEqualTo("billing/money-utils.js");
    assertThat(plan.homeExists()).isTrue();
  }

  @Test
  void findsAGoFunctionCopiedWithOtherNamesAndLiteralsAcrossTwoFilesOfAPackage() throws IOException {
    AnalysisResult result = analyze("go", SMALL);

    assertThat(new CloneDetector(SMALL).find(result.files())).containsExactly(new CloneClass(List.of(
        new Copy("billing/invoices.go", 8, 21), new Copy("billing/orders.go", 7, 20)), 78, 14));
    Plan.SharedCode plan = result.recommendations().stream().filter(r -> r.kind().equals("extract-shared"))
        .findFirst().orElseThrow().plan().shared();
    assertThat(plan.home()).isEqualTo("billing/summed_utils.go"); // same folder, same package: nothing to import
  }

  @Test
  void findsAKotlinFunctionCopiedAcrossTwoFilesOfAPackageAndItsHomeByTheCallsBetweenThem() throws IOException {
    AnalysisResult result = analyze("kotlin", SMALL);

    assertThat(new CloneDetector(SMALL).find(result.files())).containsExactly(new CloneClass(List.of(
        new Copy("billing/Invoices.kt", 7, 20), new Copy("billing/Orders.kt", 7, 20)), 79, 14));
    Plan.SharedCode plan = result.recommendations().stream().filter(r -> r.kind().equals("extract-shared"))
        .findFirst().orElseThrow().plan().shared();
    // Orders.kt calls roundCents of Invoices.kt without an import (one package): the file holding a copy already,
    // which the other depends on
    assertThat(plan.home()).isEqualTo("billing/Invoices.kt");
    assertThat(plan.homeExists()).isTrue();
  }

  /**
   * With Orders deprecated, its copy goes away with it: the home is the copy that is not deprecated, which the
   * deprecated one can call meanwhile (commons-lang keeps a deprecated {@code lang3/Streams.java} beside
   * {@code lang3/stream/Streams.java}); without the mark, a new module.
   */
  @Test
  void aCopyInDeprecatedCodeCallsTheCurrentOneInsteadOfANewModule() throws IOException {
    Path tree = copy("java");
    Path orders = tree.resolve("shop/orders/Orders.java");
    Files.writeString(orders,
        Files.readString(orders).replace("public class Orders", "@Deprecated\npublic class Orders"));

    Recommendation shared = run(tree, SMALL).recommendations().stream()
        .filter(r -> r.kind().equals("extract-shared")).findFirst().orElseThrow();
    assertThat(shared.title()).isEqualTo("Keep the 14 lines copied in 2 files once, in shop/billing/Invoices.java");
    assertThat(shared.plan().shared().home()).isEqualTo("shop/billing/Invoices.java");
    assertThat(shared.rationale()).endsWith(" The copies in deprecated code (shop/orders/Orders.java) can call the "
        + "one in shop/billing/Invoices.java until they are removed.");
    assertThat(analyze("java", SMALL).recommendations().stream().filter(r -> r.kind().equals("extract-shared"))
        .findFirst().orElseThrow().title()).startsWith("Extract the 14 lines copied in 2 files into ");
  }

  @Test
  void copiesAllInDeprecatedCodeAreLeftToGoWithIt() throws IOException {
    Path project = copy("python");
    Files.writeString(project.resolve("billing/__init__.py"),
        "import warnings\n\nwarnings.warn(\"billing is deprecated\", DeprecationWarning, stacklevel=2)\n");
    assertThat(run(project, SMALL).recommendations()).extracting(Recommendation::kind)
        .doesNotContain("extract-shared");

    Path one = copy("python");
    Path invoices = one.resolve("billing/invoices.py");
    Files.writeString(invoices, Files.readString(invoices).replace("import logging",
        "import logging\nimport warnings\nwarnings._deprecated(__name__, remove=(3, 13))"));
    Recommendation shared = run(one, SMALL).recommendations().stream()
        .filter(r -> r.kind().equals("extract-shared")).findFirst().orElseThrow();
    assertThat(shared.title()).startsWith("Keep the ").doesNotContain("invoices.py");
    assertThat(shared.rationale()).contains("The copies in deprecated code (billing/invoices.py)");
  }

  @Test
  void recommendsTheModuleBothCopiesImportAsTheHome() throws IOException {
    AnalysisResult result = analyze("python", SMALL);

    List<Recommendation> shared = result.recommendations().stream()
        .filter(r -> r.kind().equals("extract-shared")).toList();
    assertThat(shared).extracting(Recommendation::title, Recommendation::path)
        .containsExactly(tuple("Extract the 10 lines copied in 2 files into billing/money_utils.py",
            "billing/invoices.py"));
    Plan.SharedCode plan = shared.get(0).plan().shared();
    assertThat(plan.home()).isEqualTo("billing/money_utils.py");
    assertThat(plan.homeExists()).isTrue();
    assertThat(plan.tokens()).isEqualTo(68);
  }

  @Test
  void takesNoImportedModuleAsTheHomeUnlessItsNameSaysItHoldsSharedCode() throws IOException {
    Path project = copy("python");
    Path billing = project.resolve("billing");
    Files.move(billing.resolve("money_utils.py"), billing.resolve("ledger.py"));
    for (String module : List.of("orders.py", "invoices.py", "shipping.py")) {
      Files.writeString(billing.resolve(module), Files.readString(billing.resolve(module)).replace("money_utils", "ledger"));
    }

    Plan.SharedCode plan = run(project, SMALL).recommendations().stream()
        .filter(r -> r.kind().equals("extract-shared")).findFirst().orElseThrow().plan().shared();
    // orders.total and invoices.summed: one copy each, the first word in alphabetical order
    assertThat(plan.home()).isEqualTo("billing/summed_utils.py");
    assertThat(plan.homeExists()).isFalse();
  }

  @Test
  void namesANewHomeFromTheCopiesFunctionsWhenNoModuleIsSharedByThem() throws IOException {
    AnalysisResult result = analyze("java", SMALL);

    Plan.SharedCode plan = result.recommendations().stream().filter(r -> r.kind().equals("extract-shared"))
        .findFirst().orElseThrow().plan().shared();
    // Orders.total and Invoices.sum: "sum" is a builtin, which names nothing
    assertThat(plan.home()).isEqualTo("shop/TotalUtils.java");
    assertThat(plan.homeExists()).isFalse();
  }

  @Test
  void findsNothingBelowTheThresholdsNorWhenOff() throws IOException {
    AnalysisResult result = analyze("java", SMALL);

    assertThat(new CloneDetector(new DuplicateSettings(true, 80, 8)).find(result.files())).isEmpty();
    assertThat(new CloneDetector(new DuplicateSettings(true, 40, 15)).find(result.files())).isEmpty();
    assertThat(analyze("java", new DuplicateSettings(false, 40, 8)).recommendations())
        .noneMatch(r -> r.kind().equals("extract-shared"));
  }

  private AnalysisResult analyze(String language, DuplicateSettings settings) throws IOException {
    return run(copy(language), settings);
  }

  private Path copy(String language) throws IOException {
    Path from = FIXTURES.resolve(language);
    Path to = Files.createTempDirectory(project, language);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return to;
  }

  private static AnalysisResult run(Path root, DuplicateSettings settings) {
    return new Analysis().run(new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withDuplicates(settings));
  }
}
