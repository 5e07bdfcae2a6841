package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.baseline.Baseline;
import dev.perfscope.baseline.BaselineEntry;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.duplicates.DuplicateSettings;
import dev.perfscope.history.HistorySettings;
import dev.perfscope.report.JsonReport;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.PathThreshold;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real report has exactly the keys that {@code docs/report-format.md} documents, at the same places. */
class ReportContractTest {
  private static final Path DOC = Path.of("../docs/report-format.md");
  private static final Path ADVICE_FIXTURES = Path.of("src/test/resources/fixtures/advice");
  private static final Path DUPLICATE_FIXTURES = Path.of("src/test/resources/fixtures/duplicates/java/shop");

  @TempDir Path project;

  /** A project in git, analyzed in pull-request mode with history, so that every optional key is present. */
  @Test
  void realReportMatchesTheDocumentedExample() throws IOException, GitAPIException {
    try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
      write("README.md", "shop\n");
      commit(git);
      git.branchCreate().setName("base").call();
      Files.createDirectories(project.resolve("src/shop"));
      write("src/shop/Billing.java", "package shop;\nclass Billing {\n}\n");
      write("src/shop/Broken.java", "class Broken {\n  int x = ;\n}\n");
      commit(git);
      for (String comment : List.of("// one\n", "// two\n", "")) { // enough history to rank hotspots
        write("src/shop/Broken.java", comment + "class Broken {\n  int x = ;\n}\n");
        commit(git);
      }
      Files.write(project.resolve("src/shop/Billing.java"), concat(
          "package shop;\nclass Billing {\n  int invoice(int a) { // caf",
          new byte[] {(byte) 0xe9},
          "\n    return a > 0 ? a : -a;\n  }\n}\n"));
      Files.write(project.resolve("src/shop/logo.py"), new byte[] {'P', 'N', 'G', 0, 1, 2}); // skipped: binary
      commit(git);
    }
    write("src/shop/Quiet.java", "class Quiet {\n  int f(int a) { // perf: ignore[cyclomatic] measured elsewhere\n"
        + "    return a > 0 ? a : -a;\n  }\n}\n");
    write("src/shop/tax.py", "def rate(a, b):\n    return a if a and b else 0\n");
    write("src/shop/broken.py", "def rate(:\n    pass\n");
    write("src/shop/GeneratedTables.java", "class GeneratedTables {\n" + "  int[] t = {1, 2, 3};\n".repeat(400) + "}\n");
    for (String fixture : List.of("GitHttpHelper.java", "Twins.java", "Pricing.java")) { // one of each advice
      Files.copy(ADVICE_FIXTURES.resolve(fixture), project.resolve("src/shop").resolve(fixture));
    }
    for (String copied : List.of("orders/Orders.java", "billing/Invoices.java")) { // code shared by two files
      Files.createDirectories(project.resolve("src/shop").resolve(copied).getParent());
      Files.copy(DUPLICATE_FIXTURES.resolve(copied), project.resolve("src/shop").resolve(copied));
    }
    Thresholds tight = Thresholds.defaults()
        .with(Rule.FILE_LINES, Limit.of(Rule.FILE_LINES, 1, 2))
        .with(Rule.CYCLOMATIC, Limit.of(Rule.CYCLOMATIC, 1, 5))
        .withOverrides(PathThreshold.parse("**/GitHttpHelper.java file-lines=40/80"));
    Baseline baseline = new Baseline(Baseline.SCHEMA_VERSION, "perfscope test", List.of(
        new BaselineEntry("cyclomatic", "src/shop/Billing.java", "Billing.invoice", 1), // now worse
        new BaselineEntry("file-lines", "src/shop/Billing.java", null, 100), // now improved
        new BaselineEntry("cognitive", "src/shop/Billing.java", "Billing.invoice", 40))); // now resolved
    AnalysisRequest request = new AnalysisRequest(project, List.of(Path.of("src")), List.of(), List.of(),
        StandardCharsets.UTF_8, tight).withBaseline(new LoadedBaseline("perf-baseline.json", baseline))
        .withHistory(new HistorySettings(true, 365, "base"))
        .withInputs(new InputLimits(4096, InputLimits.DEFAULT_PARSE_BUDGET), false)
        .withDuplicates(new DuplicateSettings(true, 40, 8));
    Path report = new JsonReport().write(new Analysis().run(request), project.resolve("out"));

    ObjectMapper mapper = new ObjectMapper();
    if (System.getProperty("perfscope.printReport") != null) {
      System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
          mapper.readTree(report.toFile()).get("recommendations")));
    }
    assertThat(keyPaths(mapper.readTree(report.toFile()))).isEqualTo(keyPaths(mapper.readTree(documentedExample())));
  }

  @Test
  void everySkipReasonIsDocumented() throws IOException {
    String row = Files.readString(DOC).lines().filter(line -> line.startsWith("| `skipped[]` |")).findFirst()
        .map(line -> line.substring(line.indexOf("`reason` is"))).orElseThrow();
    assertThat(SkippedFile.REASONS).allSatisfy(reason -> assertThat(row).contains("`" + reason + "` ("));
    assertThat(Pattern.compile("`([a-z-]+)` \\(").matcher(row).results().map(m -> m.group(1)).toList())
        .containsExactlyInAnyOrderElementsOf(SkippedFile.REASONS);
  }

  private static void commit(Git git) throws GitAPIException {
    git.add().addFilepattern(".").call();
    PersonIdent author = new PersonIdent("Dev", "dev@example.com");
    git.commit().setAuthor(author).setCommitter(author).setMessage("change").call();
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(middle, 0, all, a.length, middle.length);
    System.arraycopy(c, 0, all, a.length + middle.length, c.length);
    return all;
  }

  private static String documentedExample() throws IOException {
    Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    assertThat(block.find()).as("a ```json block in " + DOC).isTrue();
    return block.group(1);
  }

  /** Every key path in the tree ({@code files[].functions[].cyclomatic}), array elements merged. */
  private static TreeSet<String> keyPaths(JsonNode node) {
    TreeSet<String> paths = new TreeSet<>();
    collect(node, "", paths);
    return paths;
  }

  private static void collect(JsonNode node, String prefix, TreeSet<String> paths) {
    if (node.isArray()) {
      node.forEach(element -> collect(element, prefix + "[]", paths));
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
        paths.add(path);
        collect(field.getValue(), path, paths);
      }
    }
  }
}
