package dev.perfscope.lang.java;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.Position;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.LineCounts;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.model.UnitNotes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java through JavaParser ({@link JavaParsers}: Java 21 syntax, no semantic validation): lines from
 * {@link JavaLineScanner}, units from {@link UnitFinder}, one visitor per metric, the structure advice reads
 * from {@link JavaStructure}. Text that does not parse gets its lines counted and a parse error.
 */
public final class JavaAnalyzer implements LanguageAnalyzer {
  private static final int MAX_MESSAGE = 120;
  private static final Pattern LEXICAL_POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  @Override
  public String name() {
    return "java";
  }

  @Override
  public List<String> extensions() {
    return List.of(".java");
  }

  /** Loads the parser and the metrics' classes by measuring an empty file. */
  @Override
  public void load() {
    analyze(new SourceText(""));
  }

  @Override
  public SourceMetrics analyze(SourceText source) {
    BitSet codeLines = JavaLineScanner.codeLines(source.text());
    LineCounts lines = LineTally.count(source, codeLines);
    try {
      ParseResult<CompilationUnit> parsed = JavaParsers.create().parse(ParseStart.COMPILATION_UNIT,
          new CancellableProvider(source.text()));
      if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
        return SourceMetrics.linesOnly(lines, problem(parsed.getProblems()));
      }
      CompilationUnit unit = parsed.getResult().get();
      UnitFinder finder = new UnitFinder();
      unit.accept(finder, null);
      List<FunctionMetrics> functions = measure(finder.units());
      return new SourceMetrics(lines, finder.types(), functions, null,
          JavaSuppressions.of(finder.declarations(), source, codeLines),
          JavaStructure.of(unit, finder.units(), functions, VersionedApi.of(unit, parsed.getCommentsCollection()))
              .withTokens(JavaTokens.of(unit))
              .withUnitNotes(dispatches(finder.units())));
    } catch (StackOverflowError | RuntimeException e) {
      String what = e instanceof StackOverflowError ? "code nested too deeply to analyze" : String.valueOf(e);
      return SourceMetrics.linesOnly(lines, new Problem(1, 1, shorten(what)));
    }
  }

  private static List<FunctionMetrics> measure(List<UnitFinder.Unit> units) {
    List<FunctionMetrics> measured = new ArrayList<>(units.size());
    for (UnitFinder.Unit unit : units) {
      Cancellation.checkpoint();
      int endLine = unit.declaration().getEnd().orElseThrow().line;
      measured.add(new FunctionMetrics(
          unit.name(),
          unit.line(),
          endLine,
          endLine - unit.line() + 1,
          Ncss.of(unit.declaration()),
          unit.params(),
          Cyclomatic.of(unit.declaration()),
          Cognitive.of(unit.declaration()),
          Nesting.of(unit.declaration())));
    }
    return measured;
  }

  /** Each unit's widest dispatch, by the unit's line: the only note a Java unit has. */
  private static Map<Integer, UnitNotes> dispatches(List<UnitFinder.Unit> units) {
    Map<Integer, UnitNotes> notes = new HashMap<>();
    for (UnitFinder.Unit unit : units) {
      Dispatch dispatch = Dispatch.widest(unit.declaration());
      if (dispatch.arms() > 0) {
        notes.put(unit.line(), new UnitNotes(0, 0, dispatch.line(), dispatch.arms()));
      }
    }
    return notes;
  }

  private static Problem problem(List<com.github.javaparser.Problem> problems) {
    if (problems.isEmpty()) {
      return new Problem(1, 1, "not a Java compilation unit");
    }
    com.github.javaparser.Problem first = problems.get(0);
    Position at = first.getLocation().flatMap(TokenRange::toRange).map(range -> range.end)
        .or(() -> positionIn(first.getMessage())).orElse(Position.HOME);
    return new Problem(Math.max(1, at.line), Math.max(1, at.column), shorten(first.getMessage()));
  }

  /** Lexical errors carry their position only in the message: {@code "... at line 2, column 18."}. */
  private static Optional<Position> positionIn(String message) {
    Matcher m = LEXICAL_POSITION.matcher(message);
    return m.find() ? Optional.of(new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  /** The first line of a parser message, without its list of expected tokens. */
  static String shorten(String message) {
    String line = message.strip().lines().findFirst().orElse("parse error").replace("Parse error. Found", "unexpected");
    int expected = line.indexOf(", expected");
    if (expected > 0) {
      line = line.substring(0, expected);
    }
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 3) + "...";
  }
}
