package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.ModuleParser;
import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonLexerBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The expressions inside an f-string's replacement fields, parsed on demand: an f-string is one token, but
 * a conditional or a boolean operator inside a field counts like any other. Only fields that could hold a
 * decision (a keyword appears in them) are parsed.
 */
public final class FStringFields {
  private static final Pattern DECISION = Pattern.compile("\\b(?:if|and|or|for)\\b");

  /** One field's expression, with the f-strings nested in it. */
  record Field(ParseTree tree, FStringFields fields) {}

  private final PythonLexerBase lexer;
  private final Map<Integer, List<Field>> parsed = new HashMap<>();

  public FStringFields(PythonLexerBase lexer) {
    this.lexer = lexer;
  }

  List<Field> of(Token token) {
    if (token.getType() != PythonLexer.STRING) {
      return List.of();
    }
    PythonLexerBase.FString fstring = lexer.fstring(token.getStartIndex());
    if (fstring == null || fstring.spanCount() == 0) {
      return List.of();
    }
    return parsed.computeIfAbsent(token.getStartIndex(), start -> parse(fstring));
  }

  private List<Field> parse(PythonLexerBase.FString fstring) {
    List<Field> trees = new ArrayList<>();
    for (int i = 0; i < fstring.spanCount(); i++) {
      int start = fstring.spanStart(i);
      int end = fstring.spanEnd(i);
      if (end <= start) {
        continue;
      }
      String expression = lexer.getInputStream().getText(Interval.of(start, end - 1));
      if (DECISION.matcher(expression).find()) {
        ModuleParser.Fragment field = ModuleParser.parseField(expression);
        if (field != null) {
          trees.add(new Field(field.tree(), new FStringFields(field.lexer())));
        }
      }
    }
    return trees;
  }
}
