package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Split plans on fixtures whose right answer is known, and the properties every split plan must have. */
class SplitAdviceTest {
  private static final Thresholds SMALL_FILES = Thresholds.defaults().with(Rule.FILE_LINES, new Limit(40, 80));

  /**
   * Java, JavaScript and TypeScript advice fixtures are under {@code fixtures/advice}, Python ones under
   * {@code fixtures/python/advice}.
   */
  static Path fixture(String name) {
    return Path.of(name.endsWith(".py") ? "src/test/resources/fixtures/python/advice" : "src/test/resources/fixtures/advice",
        name);
  }

  static FileMetrics measure(String fixture) throws IOException {
    String text = Files.readString(fixture(fixture));
    LanguageAnalyzer analyzer = Languages.standard().forFile(fixture);
    return FileMetrics.of(fixture, analyzer.name(), analyzer.analyze(new SourceText(text)), null);
  }

  static List<Recommendation> advise(FileMetrics file, Thresholds thresholds) {
    return new Advice(thresholds).recommend(List.of(file), new ThresholdCheck(thresholds).check(List.of(file)));
  }

  @Test
  void interleavedHelpersAreSplitAlongTheirSeam() throws IOException {
    FileMetrics file = measure("GitHttpHelper.java");
    Recommendation split = advise(file, SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    List<Plan.Part> parts = split.plan().parts();
    assertThat(parts).hasSize(2);
    for (Plan.Part part : parts) {
      String side = topic(part.members().get(0));
      assertThat(part.members()).allSatisfy(member -> assertThat(topic(member)).isEqualTo(side));
    }
    assertThat(parts).extracting(Plan.Part::name).contains("GitHttpHelper.java")
        .anySatisfy(name -> assertThat(name).isIn("GitHttpHelperGit.java", "GitHttpHelperHttp.java"));
    assertThat(split.plan().crossEdges()).isEmpty();
    assertThat(split.priority()).isEqualTo("medium");
  }

  /**
   * writeObject and readObject use the HTTP half's fields but Java looks them up on GitHttpClient itself: they stay
   * with the constructor and serialVersionUID, in the part that keeps the class (without them, they went with the
   * HTTP half). The state they write comes with them; with the git half too the class would be over the cap.
   */
  @Test
  void constructorsAndSerializationHooksStayInTheClass() throws IOException {
    Recommendation split = advise(measure("GitHttpClient.java"), SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.plan().parts()).extracting(Plan.Part::name, Plan.Part::members).containsExactly(
        tuple("GitHttpClient.java", List.of("GitHttpClient.serialVersionUID", "GitHttpClient.baseUrl",
            "GitHttpClient.timeoutMillis", "GitHttpClient.GitHttpClient", "GitHttpClient.writeObject",
            "GitHttpClient.readObject")),
        tuple("GitHttpClientGit.java", List.of("GitHttpClient.gitDir", "GitHttpClient.defaultBranch",
            "GitHttpClient.gitCalls", "GitHttpClient.gitLog", "GitHttpClient.gitStatus", "GitHttpClient.runGit",
            "GitHttpClient.gitBranch")),
        tuple("GitHttpClientHttp.java", List.of("GitHttpClient.httpRequests", "GitHttpClient.httpGet",
            "GitHttpClient.httpPost", "GitHttpClient.send", "GitHttpClient.httpHealthy")));
  }

  @Test
  void aClassWhoseConstructorsAndHooksAloneAreOverTheCapSaysWhyItsPartIs() throws IOException {
    Thresholds tiny = Thresholds.defaults().with(Rule.FILE_LINES, new Limit(15, 80));
    Recommendation split = advise(measure("GitHttpClient.java"), tiny).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.plan().parts().get(0).members()).containsExactly("GitHttpClient.serialVersionUID",
        "GitHttpClient.GitHttpClient", "GitHttpClient.writeObject", "GitHttpClient.readObject");
    assertThat(split.rationale()).endsWith(" GitHttpClient.java keeps its constructor and serialization hooks, "
        + split.plan().parts().get(0).lines() + " lines, more than a part should hold: they cannot leave the class.");
  }

  /**
   * A subclass in another file overrides gitStatus: moved to the git half's delegate, GitHttpClient would call the
   * delegate's gitStatus, never the override, so it stays with the class, as do the hooks. Without the subclass,
   * gitStatus goes with git.
   */
  @Test
  void methodsThatSubclassesOverrideStayInTheClass() throws IOException {
    FileMetrics client = measure("GitHttpClient.java");
    Recommendation split = splitBesideASubclass(client, "@Override String gitStatus() { return \"\"; }");

    assertThat(split.plan().parts().get(0).members()).containsExactly("GitHttpClient.serialVersionUID",
        "GitHttpClient.baseUrl", "GitHttpClient.timeoutMillis", "GitHttpClient.GitHttpClient",
        "GitHttpClient.gitStatus", "GitHttpClient.writeObject", "GitHttpClient.readObject");
    assertThat(advise(client, SMALL_FILES).stream().filter(r -> r.kind().equals("split-file")).findFirst()
        .orElseThrow().plan().parts().get(0).members()).doesNotContain("GitHttpClient.gitStatus");
  }

  /** The split of {@code client}, analyzed beside a subclass in its package that declares {@code method}. */
  private static Recommendation splitBesideASubclass(FileMetrics client, String method) {
    FileMetrics mirror = FileMetrics.of("MirrorClient.java", "java", Languages.standard().forFile("MirrorClient.java")
        .analyze(new SourceText("package fixtures;\nclass MirrorClient extends GitHttpClient {\n"
            + "  MirrorClient() { super(\".git\"); }\n  " + method + "\n}\n")), null);
    List<FileMetrics> files = List.of(client, mirror);
    return new Advice(SMALL_FILES).recommend(files, new ThresholdCheck(SMALL_FILES).check(files)).stream()
        .filter(r -> r.kind().equals("split-file") && r.path().endsWith("GitHttpClient.java")).findFirst()
        .orElseThrow();
  }

  @Test
  void theRationaleNamesTheOverriddenMethodsAClassKeeps() {
    List<Member> members = List.of(Member.of("Map.Map", "constructor", 1, 10, List.of()),
        Member.of("Map.addEntry", "method", 11, 30, List.of()),
        Member.of("Map.createEntry", "method", 31, 40, List.of()), Member.of("Map.get", "method", 41, 80, List.of()));
    MemberGraph graph = new MemberGraph(members, List.of());
    ClassBound.Reach reach = new ClassBound.Reach(false, Set.of("addEntry", "createEntry", "clone"));
    Set<Integer> bound = ClassBound.of(graph, "Map", reach);

    assertThat(bound).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(SplitAdvisor.boundOverCap(graph, bound, reach, 30, "Map.java")).isEqualTo(" Map.java keeps its "
        + "constructor and 2 overridden methods, 40 lines, more than a part should hold: they cannot leave the class "
        + "(moved to a delegate, the overridden ones would no longer reach its subclasses' overrides).");
  }

  /**
   * A public method that a subclass overrides stays in the class, but is no API other code reaches by the class's
   * name: the plan is held to the modularity gate and says its parts are cohesive, not that they are around an API.
   */
  @Test
  void anOverriddenPublicMethodIsNoPublishedApi() throws IOException {
    String text = Files.readString(fixture("GitHttpClient.java"))
        .replace("class GitHttpClient implements", "public class GitHttpClient implements")
        .replace("  String gitStatus(", "  public String gitStatus(");
    FileMetrics client = FileMetrics.of("GitHttpClient.java", "java", Languages.standard()
        .forFile("GitHttpClient.java").analyze(new SourceText(text)), null);
    Recommendation split = splitBesideASubclass(client, "@Override public String gitStatus() { return \"\"; }");

    assertThat(split.plan().parts().get(0).members()).contains("GitHttpClient.gitStatus");
    assertThat(split.rationale()).contains("fall into 3 cohesive parts").doesNotContain("public API");
  }

  /**
   * No other file uses GitHttpClient, but a public class whose documentation names the version it appeared in is
   * a library's published API, called from outside the tree: its public methods stay in the class.
   */
  @Test
  void aVersionedPublicClassKeepsItsPublicApi() throws IOException {
    String text = Files.readString(fixture("GitHttpClient.java"))
        .replace("class GitHttpClient implements", "/**\n * A client.\n *\n * @since 1.0\n */\npublic class GitHttpClient "
            + "implements")
        .replace("  String gitLog(", "  public String gitLog(").replace("  String httpGet(", "  public String httpGet(");
    FileMetrics file = FileMetrics.of("GitHttpClient.java", "java", Languages.standard().forFile("GitHttpClient.java")
        .analyze(new SourceText(text)), null);
    Recommendation split = advise(file, SMALL_FILES).stream().filter(r -> r.kind().equals("split-file")).findFirst()
        .orElseThrow();

    assertThat(split.plan().parts().get(0).members()).contains("GitHttpClient.gitLog", "GitHttpClient.httpGet");
    assertThat(split.rationale()).contains("around the class's public API, which stays");
  }

  /** git or http, by the fields each member uses: the fixture's two halves. */
  private static String topic(String member) {
    String name = member.toLowerCase(java.util.Locale.ROOT);
    return name.contains("git") || name.contains("branch") ? "git" : "http";
  }

  /**
   * Identity, Constant and Offset use no other member and no nested type uses them: a file of their own each,
   * their factories left behind; Clamped (uses LIMIT), Scaled (Doubled extends it) and Doubled stay in the
   * partition, with what they are tied to.
   */
  @Test
  void nestedTypesThatStandAloneGetFilesOfTheirOwnAndTheFactoriesStay() throws IOException {
    Recommendation split = advise(measure("Functors.java"), SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.plan().parts()).extracting(Plan.Part::name, Plan.Part::members).containsExactly(
        tuple("FunctorsClamped.java", List.of("Functors.LIMIT", "Functors.clamped", "Functors.doubled",
            "Functors.Clamped", "Functors.Scaled", "Functors.Doubled")),
        tuple("Functors.java", List.of("Functors.Functors", "Functors.identity", "Functors.constant",
            "Functors.offset")),
        tuple("Identity.java", List.of("Functors.Identity")),
        tuple("Constant.java", List.of("Functors.Constant")),
        tuple("Offset.java", List.of("Functors.Offset")));
    assertThat(split.rationale()).contains("fall into 5 cohesive parts (modularity 0.41)").endsWith(
        " Identity, Constant, Offset each use no other member of the file, and no other nested type uses them: a "
            + "file of their own each, beside the methods that create them.");
  }

  @Test
  void aPartOverTheCriticalLimitSaysWhyAndItsClassGetsASplitClassPlan() throws IOException {
    Thresholds limits = Thresholds.defaults().with(Rule.FILE_LINES, new Limit(40, 80));
    List<Recommendation> advice = advise(measure("big_class.py"), limits);
    Recommendation split = advice.stream().filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.rationale()).endsWith(" big_class/__init__.py would still have 83 lines, over the critical 80: "
        + "it is the class Renderer alone, which moves whole; split the class itself (split-class, where its "
        + "methods fall into groups that share no field).");
    Recommendation splitClass = advice.stream().filter(r -> r.kind().equals("split-class")).findFirst().orElseThrow();
    assertThat(splitClass.plan().parts()).extracting(Plan.Part::members).anySatisfy(members -> assertThat(members)
        .containsExactlyInAnyOrder("Renderer.measure_border", "Renderer.measure_title", "Renderer.measure_body",
            "Renderer.measure_footer", "Renderer.font"));
  }

  @Test
  void aKnitFileThatIsMostlyTablesMovesItsTablesToAFileOfData() throws IOException {
    Recommendation split = advise(measure("Charmap.java"), SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.title()).isEqualTo("Move the tables of Charmap.java into CharmapTables.java");
    assertThat(split.plan().parts()).extracting(Plan.Part::name, Plan.Part::members, Plan.Part::lines)
        .containsExactly(
            tuple("Charmap.java", List.of("Charmap.Charmap", "Charmap.decode", "Charmap.encode"), 13),
            tuple("CharmapTables.java", List.of("Charmap.DECODING", "Charmap.ENCODING"), 53));
    assertThat(split.rationale()).isEqualTo("71 lines, over the threshold of 40. Its members make no cohesive parts, "
        + "but 2 of them are tables, fields of 10 lines or more that hold 53 lines (74% of the file): they can be a "
        + "file of their own, which holds only data and is counted as data, not source, and the code that reads "
        + "them stays in Charmap.java (13 lines); private tables become package-private to be read from there.");
    assertThat(split.expected()).isEqualTo("13 lines of code instead of 71, and 53 lines of data");
    // as the rationale says, the new file is data: its tables, moved as they are, are all it holds
    List<String> lines = Files.readAllLines(fixture("Charmap.java"));
    StringBuilder tables = new StringBuilder("package fixtures;\n\nfinal class CharmapTables {\n");
    measure("Charmap.java").structure().members().stream().filter(m -> m.kind().equals("field"))
        .forEach(m -> lines.subList(m.startLine() - 1, m.endLine()).forEach(l -> tables.append(l).append('\n')));
    SourceMetrics moved = Languages.standard().forFile("CharmapTables.java")
        .analyze(new SourceText(tables.append("}\n").toString()));
    assertThat(FileKind.measured(FileKind.SOURCE, moved)).isEqualTo(FileKind.DATA);
  }

  @Test
  void aTightlyKnitClassIsNotSplit() throws IOException {
    List<Recommendation> advice = advise(measure("TightCounter.java"), SMALL_FILES);
    assertThat(advice).noneMatch(r -> r.kind().startsWith("split"));
  }

  @Test
  void everyMemberIsPlacedOnceAndPartsFitAndCutLessThanSourceOrder() throws IOException {
    FileMetrics file = measure("GitHttpHelper.java");
    Plan plan = advise(file, SMALL_FILES).get(0).plan();

    List<String> placed = new ArrayList<>();
    plan.parts().forEach(part -> placed.addAll(part.members()));
    assertThat(placed).containsExactlyInAnyOrderElementsOf(
        file.structure().members().stream().map(Member::name).toList());
    assertThat(plan.parts()).allSatisfy(part -> assertThat(part.lines()).isLessThanOrEqualTo(40));
    List<List<String>> naive = SplitQuality.bySourceOrder(file.structure().members(), plan.parts().size());
    assertThat(plan.crossEdges().size())
        .isLessThan(SplitQuality.crossEdges(file.structure().edges(), naive));
  }

  @Test
  void interleavedPythonHelpersAreSplitIntoAPackageAlongTheirSeam() throws IOException {
    FileMetrics file = measure("git_http.py");
    Recommendation split = advise(file, SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    List<String> git = List.of("GIT_DIR", "DEFAULT_BRANCH", "git_log", "git_status", "run_git", "git_rebase",
        "git_branch");
    List<String> http = List.of("BASE_URL", "TIMEOUT", "http_get", "http_post", "send", "http_healthy");
    assertThat(split.plan().parts()).extracting(Plan.Part::members)
        .satisfiesExactlyInAnyOrder(
            members -> assertThat(members).containsExactlyInAnyOrderElementsOf(git),
            members -> assertThat(members).containsExactlyInAnyOrderElementsOf(http));
    assertThat(split.plan().parts()).extracting(Plan.Part::name)
        .containsExactlyInAnyOrder("git_http/__init__.py", "git_http/http.py");
    assertThat(split.plan().staysBehind()).isEqualTo("git_http/__init__.py");
    assertThat(split.plan().crossEdges()).isEmpty();
    assertThat(split.title()).isEqualTo("Split git_http.py into 2 files");
  }

  @Test
  void interleavedGoHelpersAreSplitIntoFilesOfTheSamePackageThatImportNothingFromEachOther() throws IOException {
    FileMetrics file = measure("git_http.go");
    Recommendation split = advise(file, SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    List<String> git = List.of("gitDir", "defaultBranch", "GitLog", "GitStatus", "runGit", "GitRebase", "GitBranch");
    List<String> http = List.of("baseURL", "HTTPGet", "HTTPHealthy", "send");
    assertThat(split.plan().parts()).extracting(Plan.Part::members)
        .satisfiesExactlyInAnyOrder(
            members -> assertThat(members).containsExactlyInAnyOrderElementsOf(git),
            members -> assertThat(members).containsExactlyInAnyOrderElementsOf(http));
    assertThat(split.plan().parts()).extracting(Plan.Part::name)
        .containsExactlyInAnyOrder("git_http.go", "git_http_http.go");
    assertThat(split.plan().crossEdges()).extracting(Plan.CrossEdge::from, Plan.CrossEdge::to)
        .containsExactly(org.assertj.core.api.Assertions.tuple("HTTPGet", "GitBranch"));
    assertThat(split.plan().parts()).allSatisfy(part -> assertThat(part.imports()).isEmpty());
  }

  @Test
  void interleavedKotlinHelpersAreSplitIntoFilesOfThePackageNamedAsKotlinNamesFiles() throws IOException {
    FileMetrics file = measure("GitHttp.kt");
    Recommendation split = advise(file, SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.plan().parts()).extracting(Plan.Part::name, Plan.Part::members).containsExactly(
        tuple("GitHttp.kt", List.of("GIT_DIR", "DEFAULT_BRANCH", "gitLog", "gitStatus", "runGit", "gitRebase",
            "gitBranch")),
        tuple("GitHttpHttp.kt", List.of("BASE_URL", "httpGet", "httpHealthy", "send")));
    assertThat(split.plan().crossEdges()).extracting(Plan.CrossEdge::from, Plan.CrossEdge::to)
        .containsExactly(tuple("httpGet", "gitBranch"));
    assertThat(split.plan().parts()).allSatisfy(part -> assertThat(part.imports()).isEmpty()); // one package
  }

  @Test
  void aGoTypeMovesWithItsMethodsAndTakesTheirLinesNotThoseBetween() throws IOException {
    FileMetrics file = measure("scattered_types.go");
    Recommendation split = advise(file, SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    // Cache: its declaration (lines 7-9) and its methods with the blank line before each (30-46): 20 lines, not
    // the 40 from its declaration to its last method; Log: 10-29, 20 lines
    assertThat(split.plan().parts()).extracting(Plan.Part::members, Plan.Part::lines).containsExactlyInAnyOrder(
        org.assertj.core.api.Assertions.tuple(List.of("Cache", "Cache.Get", "Cache.Put", "Cache.Len", "Cache.Delete"), 20),
        org.assertj.core.api.Assertions.tuple(List.of("Log", "Log.Add", "Log.Text", "Log.Count", "Log.Reset"), 20));
  }

  @Test
  void aTightlyKnitPythonClassIsNotSplit() throws IOException {
    FileMetrics file = measure("tight_counter.py");
    assertThat(file.lines()).isGreaterThan(40);
    assertThat(advise(file, SMALL_FILES)).noneMatch(r -> r.kind().startsWith("split"));
  }

  @Test
  void aPythonClassStaysWholeAndPartsAreNamedFromTheirVocabulary() throws IOException {
    FileMetrics file = measure("line_printer.py");
    Recommendation split = advise(file, SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    List<String> methods = file.structure().members().stream().map(Member::name)
        .filter(name -> name.startsWith("LinePrinter.")).toList();
    assertThat(methods).hasSize(15); // the constructor, twelve methods and the attributes out and count
    assertThat(split.plan().parts()).filteredOn(part -> part.members().stream().anyMatch(methods::contains))
        .singleElement().satisfies(part -> assertThat(part.members()).containsAll(methods));
    // the helpers' first words are a builtin (enumerate), a list method (append) and a qualifier (base)
    assertThat(split.plan().parts()).extracting(Plan.Part::name)
        .containsExactlyInAnyOrder("line_printer/__init__.py", "line_printer/comment.py", "line_printer/tokens.py");
  }

  /**
   * Installer, Batch and Uninstaller each use another (the batch creates installers, an installer creates its
   * uninstaller), so no split within the cap is cohesive; as pip's maintainers split {@code req.py}, each large
   * class becomes a module with what only it uses, and what several use (read_lines) or none stays behind.
   */
  @Test
  void aKnitModuleOfLargeClassesIsSplitAModulePerClass() throws IOException {
    Recommendation split = advise(measure("requirements.py"), SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.plan().parts()).extracting(Plan.Part::name, Plan.Part::members).containsExactly(
        tuple("requirements/__init__.py", List.of("_URL", "read_lines", "parse_requirements")),
        tuple("requirements/installer.py", List.of("_strip_fragment", "parse_editable", "Installer")),
        tuple("requirements/batch.py", List.of("Batch")),
        tuple("requirements/uninstaller.py", List.of("_PathEntries", "Uninstaller")));
    assertThat(split.rationale()).contains("make no cohesive parts within the cap (modularity 0.22), but its 3 "
        + "large classes can each be a module, with what only it uses, the rest staying behind");
  }

  /**
   * One large class, WheelBuilder, with the helpers only it uses, beside installing code as large that it does not
   * use: as pip's maintainers moved WheelBuilder and friends out of {@code wheel.py}. Wheel and hash_file, which
   * the installing functions use too, go with the class (the rest imports them), as no other class reaches them.
   */
  @Test
  void aKnitModuleOfOneLargeClassBesideAsMuchOtherCodeMovesTheClassOut() throws IOException {
    Recommendation split = advise(measure("wheels.py"), SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.plan().parts()).extracting(Plan.Part::name, Plan.Part::members).containsExactly(
        tuple("wheels/wheel_builder.py", List.of("hash_file", "Wheel", "should_build", "_format_command",
            "WheelBuilder")),
        tuple("wheels/__init__.py", List.of("fix_script", "record_rows", "install_wheel")));
    assertThat(split.rationale()).contains("make no cohesive parts within the cap (modularity 0.13), but its large "
        + "class WheelBuilder can be a module, with what only it uses, the rest staying behind");
    // the class that is most of its module is no split: moving it out would only rename the file
    String text = Files.readString(fixture("wheels.py"));
    String mostly = text.substring(0, text.indexOf("def fix_script")) + text.substring(text.indexOf("def should_build"))
        + "\n\ndef clean_all(builders):\n" + "    builders = [b for b in builders if b]\n".repeat(2)
        + "    return [b.clean() for b in builders]\n";
    LanguageAnalyzer python = Languages.standard().forFile("wheels.py");
    FileMetrics builderOnly = FileMetrics.of("wheels.py", python.name(), python.analyze(new SourceText(mostly)), null);
    assertThat(builderOnly.lines()).isGreaterThan(40);
    assertThat(advise(builderOnly, SMALL_FILES)).noneMatch(r -> r.kind().equals("split-file"));
  }

  @Test
  void noPartOfAFixtureIsNamedAfterAKeywordBuiltinOrStopWord() throws IOException {
    List<String> names = new ArrayList<>();
    for (String fixture : List.of("GitHttpHelper.java", "Twins.java", "Pricing.java", "TightCounter.java",
        "git_http.py", "pricing.py", "structure.py", "tight_counter.py", "line_printer.py")) {
      FileMetrics file = measure(fixture);
      advise(file, SMALL_FILES).stream().filter(r -> r.kind().startsWith("split")).forEach(r -> r.plan().parts()
          .stream().map(Plan.Part::name).filter(name -> !name.equals(r.plan().staysBehind()))
          .forEach(name -> names.add(PartNamesTest.proposedWord(file.path(), r, name))));
    }
    assertThat(names).isNotEmpty().noneMatch(PartNames::namesNothing);
  }

  @Test
  void pythonPartsAreModulesOfAPackageNamedAfterTheFile() {
    assertThat(SplitAdvisor.partFile("tools/git_advanced.py", "rebase")).isEqualTo("git_advanced/rebase.py");
    assertThat(SplitAdvisor.partFile("tools/Legacy.py", "stash")).isEqualTo("Legacy/stash.py");
    assertThat(SplitAdvisor.partFile("tools/git_advanced.py", "import")).isEqualTo("git_advanced/import_.py");
    assertThat(SplitAdvisor.stayingFile("tools/git_advanced.py")).isEqualTo("git_advanced/__init__.py");
    assertThat(SplitAdvisor.partFile("tkinter/__init__.py", "font")).isEqualTo("font.py");
    assertThat(SplitAdvisor.stayingFile("tkinter/__init__.py")).isEqualTo("__init__.py");
    assertThat(SplitAdvisor.partFile("src/Billing.java", "tax")).isEqualTo("BillingTax.java");
    assertThat(SplitAdvisor.stayingFile("src/Billing.java")).isEqualTo("Billing.java");
    assertThat(SplitAdvisor.partFile("src/black.py", "StringSplitter")).isEqualTo("black/string_splitter.py");
    assertThat(SplitAdvisor.partFile("src/TransformerUtils.java", "SwitchTransformer"))
        .isEqualTo("SwitchTransformer.java");
  }

  /**
   * Functors is used from another package (callers/Pipeline.java calls {@code Functors.clamped()}): its public
   * factories are its API and stay in Functors.java with its constructor, where alone (above) the factories of
   * Clamped and Doubled went with those types; Clamped stays too, tied to LIMIT and its factory, and the other
   * private nested types move.
   */
  @Test
  void aClassOtherPackagesUseKeepsItsPublicMembers() throws IOException {
    List<FileMetrics> files = List.of(measure("Functors.java"), measure("callers/Pipeline.java"));
    Recommendation split = new Advice(SMALL_FILES).recommend(files, new ThresholdCheck(SMALL_FILES).check(files))
        .stream().filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    assertThat(split.plan().parts()).extracting(Plan.Part::name, Plan.Part::members).containsExactly(
        tuple("Functors.java", List.of("Functors.LIMIT", "Functors.Functors", "Functors.identity",
            "Functors.constant", "Functors.offset", "Functors.clamped", "Functors.doubled", "Functors.Clamped")),
        tuple("Identity.java", List.of("Functors.Identity")),
        tuple("Constant.java", List.of("Functors.Constant")),
        tuple("Offset.java", List.of("Functors.Offset")),
        tuple("Scaled.java", List.of("Functors.Scaled", "Functors.Doubled")));
    assertThat(split.rationale()).contains("Its 13 members make 5 parts around the class's public API, which stays");
  }

  /** An enum's constants stay in its file, whatever they call: Java has no way to declare one elsewhere. */
  @Test
  void anEnumKeepsItsConstants() throws IOException {
    Recommendation split = advise(measure("Signal.java"), SMALL_FILES).stream()
        .filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();

    // Before, AMBER (which calls no helper) went to SignalAmber.java, a plan that cannot compile.
    assertThat(split.plan().parts().get(0).name()).isEqualTo("Signal.java");
    assertThat(split.plan().parts().get(0).members()).contains("Signal.RED", "Signal.GREEN", "Signal.AMBER");
    assertThat(split.plan().parts().subList(1, split.plan().parts().size())).flatExtracting(Plan.Part::members)
        .doesNotContain("Signal.RED", "Signal.GREEN", "Signal.AMBER").contains("Signal.describe", "Signal.label");
  }

  /**
   * Machine.java's eight methods share no field, call or word, and alternate in the file; Lexer.java calls four of
   * them and Printer.java the other four (one through a method reference): the plan puts each file's four
   * together. Lexer's {@code hashCode()} is Object's and ties nothing. Alone, the file has nothing to go by.
   */
  @Test
  void membersThatTheSameOutsideFileUsesGoTogether() throws IOException {
    List<FileMetrics> files = new ArrayList<>();
    for (String name : List.of("Lexer.java", "Machine.java", "Printer.java")) {
      files.add(measure("clients/" + name));
    }
    FileMetrics machine = files.get(1);

    Recommendation withClients = new Advice(SMALL_FILES).recommend(files, new ThresholdCheck(SMALL_FILES).check(files))
        .stream().filter(r -> r.kind().equals("split-file")).findFirst().orElseThrow();
    Recommendation alone = advise(machine, SMALL_FILES).stream().filter(r -> r.kind().equals("split-file"))
        .findFirst().orElseThrow();

    assertThat(withClients.path()).isEqualTo(machine.path());
    assertThat(withClients.plan().parts()).extracting(Plan.Part::members).containsExactly(
        List.of("Machine.advance", "Machine.consume", "Machine.peek", "Machine.rewind"),
        List.of("Machine.indent", "Machine.emit", "Machine.flush", "Machine.wrap"));
    assertThat(alone.plan().parts()).extracting(Plan.Part::members)
        .doesNotContain(List.of("Machine.advance", "Machine.consume", "Machine.peek", "Machine.rewind"));
  }
}
