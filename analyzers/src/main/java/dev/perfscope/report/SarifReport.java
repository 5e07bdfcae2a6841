package dev.perfscope.report;

import dev.perfscope.infra.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfscope.baseline.BaselineComparison;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Severity;
import dev.perfscope.model.SuppressedFinding;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code perf-report.sarif}: SARIF 2.1.0 for code scanning. One rule per metric with its help text; one result
 * per finding with its level, its location relative to the repository root, and a fingerprint that survives
 * the code moving (rule, path and function, not the line). Suppressed findings carry an in-source suppression
 * with their reason; with a baseline, each result has its {@code baselineState}.
 */
public final class SarifReport implements ReportWriter {
  public static final String FILE_NAME = "perf-report.sarif";
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** The project's home page, the {@code <url>} of the parent pom: where a SARIF viewer links the tool's name. */
  static final String INFORMATION_URI = "https://perfscope.dev";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> RULES = RuleGuide.IDS;
  /** Our baseline comparison in SARIF's words: a finding that changed value is "updated". */
  private static final Map<String, String> BASELINE_STATES = Map.of(
      BaselineComparison.NEW, "new", BaselineComparison.WORSE, "updated",
      BaselineComparison.IMPROVED, "updated", BaselineComparison.UNCHANGED, "unchanged");

  private final Path repositoryRoot;

  /** {@code repositoryRoot}: what result paths are made relative to; the analysis root when null. */
  public SarifReport(Path repositoryRoot) {
    this.repositoryRoot = repositoryRoot;
  }

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public Path write(AnalysisResult result, Path outputDirectory) throws IOException {
    Path target = outputDirectory.resolve(FILE_NAME);
    ObjectNode log = toSarif(result);
    AtomicFiles.write(target, out -> MAPPER.writeValue(out, log));
    return target;
  }

  public ObjectNode toSarif(AnalysisResult result) {
    ObjectNode log = MAPPER.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Perfscope").put("version", result.tool().version()).put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    RULES.forEach(rule -> rules.add(rule(rule)));
    String prefix = pathPrefix(result);
    ArrayNode results = run.putArray("results");
    Map<String, Integer> seen = new HashMap<>();
    for (Finding finding : result.findings()) {
      results.add(result(finding, prefix, seen));
    }
    for (SuppressedFinding suppressed : result.suppressed()) {
      results.add(result(suppressed.finding(), prefix, seen).set("suppressions", MAPPER.createArrayNode()
          .add(MAPPER.createObjectNode().put("kind", "inSource").put("justification", suppressed.reason()))));
    }
    return log;
  }

  private static ObjectNode rule(String id) {
    RuleGuide guide = RuleGuide.of(id);
    ObjectNode rule = MAPPER.createObjectNode().put("id", id).put("name", guide.name());
    rule.putObject("shortDescription").put("text", guide.title());
    rule.putObject("fullDescription").put("text", guide.impact());
    rule.putObject("help").put("text", guide.impact() + " " + guide.solution())
        .put("markdown", "**" + guide.title() + ".** " + guide.impact() + "\n\n" + guide.solution());
    rule.putObject("defaultConfiguration").put("level", "warning");
    rule.putObject("properties").putArray("tags").add("maintainability").add("size-and-complexity");
    return rule;
  }

  private static ObjectNode result(Finding finding, String prefix, Map<String, Integer> seen) {
    ObjectNode result = MAPPER.createObjectNode().put("ruleId", finding.rule());
    int index = RULES.indexOf(finding.rule());
    if (index >= 0) {
      result.put("ruleIndex", index);
    }
    result.put("level", finding.severity() == Severity.CRITICAL ? "error" : "warning");
    result.putObject("message").put("text", finding.message());
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(prefix + finding.path()));
    physical.putObject("region").put("startLine", Math.max(1, finding.line()));
    String identity = finding.rule() + "|" + prefix + finding.path() + "|" + (finding.function() == null ? "" : finding.function());
    int occurrence = seen.merge(identity, 1, Integer::sum);
    result.putObject("partialFingerprints").put("perfscopeFinding/v1", Fingerprint.of(identity + "|" + occurrence));
    if (finding.baseline() != null) {
      result.put("baselineState", BASELINE_STATES.get(finding.baseline()));
    }
    return result;
  }

  /** A relative path as a URI reference: characters a URI cannot hold percent-encoded, ':' too (no scheme). */
  static String uri(String path) {
    try {
      return new URI(null, null, path, null).getRawPath().replace(":", "%3A");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }

  /** The analysis root relative to the repository root, with a trailing slash; empty when they are one. */
  private String pathPrefix(AnalysisResult result) {
    if (repositoryRoot == null) {
      return "";
    }
    Path root = Path.of(result.root()).toAbsolutePath().normalize();
    Path repository = repositoryRoot.toAbsolutePath().normalize();
    if (!root.startsWith(repository) || root.equals(repository)) {
      return "";
    }
    return repository.relativize(root).toString().replace(File.separatorChar, '/') + "/";
  }
}
