package dev.perfscope.report;

import dev.perfscope.model.Finding;
import dev.perfscope.threshold.Rule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each rule means for a reader: a title, why it matters (the impact) and what usually fixes it. SARIF
 * rule help, the Markdown bottlenecks and the HTML findings all say the same words.
 */
public record RuleGuide(String id, String name, String title, String impact, String solution) {
  /** Every rule, in the order reports list them: the order of {@link Rule}. */
  public static final List<String> IDS = Arrays.stream(Rule.values()).map(Rule::id).toList();
  private static final Map<String, RuleGuide> GUIDES = Map.of(
      "file-lines", new RuleGuide("file-lines", "LongFile", "File too long",
          "A long file holds several responsibilities; changes collide and reviews miss things.",
          "Split the file along its responsibilities: move each cohesive group of types or functions to its own file."),
      "function-lines", new RuleGuide("function-lines", "LongFunction", "Function too long",
          "A long function is hard to read, test and reuse; bugs hide in its middle.",
          "Extract the function's steps into well-named functions, each doing one thing."),
      "cyclomatic", new RuleGuide("cyclomatic", "HighCyclomaticComplexity", "Too many paths through a function",
          "Each independent path needs its own test; many paths mean untested behaviour.",
          "Replace condition chains with lookups or polymorphism, and extract branches into functions."),
      "cognitive", new RuleGuide("cognitive", "HighCognitiveComplexity", "Function hard to understand",
          "Nested and interrupted control flow makes a function slow to read and easy to break.",
          "Return early, flatten nested conditions and extract nested blocks into named functions."),
      "parameters", new RuleGuide("parameters", "TooManyParameters", "Too many parameters",
          "Long parameter lists are easy to call wrongly and signal a missing abstraction.",
          "Group related parameters into a record or object, or split the function."),
      "nesting", new RuleGuide("nesting", "DeepNesting", "Control structures nested too deep",
          "Deep nesting forces a reader to keep many conditions in mind at once.",
          "Use guard clauses and extract the inner blocks into functions."));

  public static RuleGuide of(String rule) {
    RuleGuide guide = GUIDES.get(rule);
    return guide != null ? guide : new RuleGuide(rule, rule, rule, "Past its threshold.", "Bring the value back within its threshold.");
  }

  /** Every guide by rule id, in rule order. */
  public static Map<String, RuleGuide> all() {
    Map<String, RuleGuide> all = new LinkedHashMap<>();
    IDS.forEach(id -> all.put(id, of(id)));
    return all;
  }

  public static RuleGuide of(Finding finding) {
    return of(finding.rule());
  }
}
