package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonLexerBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The names an f-string's replacement fields use, each with the attribute read from it ({@code self.count}):
 * an f-string is one token, but {@code f"{self.count}/{limit}"} uses {@code self.count} and {@code limit} as
 * any code does. Found by scanning the fields' text, not parsing it (metrics parse only fields with a
 * decision): a name inside a nested string literal is skipped, a keyword is no name.
 */
final class FieldNames {
  /** A name and the attribute read from it, or null. */
  record Name(String name, String attribute) {}

  private static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern NAME =
      Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?:\\s*\\.\\s*([A-Za-z_]\\w*))?");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "if", "else", "for", "async",
      "await", "lambda", "yield", "None", "True", "False");

  private final PythonLexerBase lexer;

  FieldNames(PythonLexerBase lexer) {
    this.lexer = lexer;
  }

  List<Name> of(Token token) {
    PythonLexerBase.FString fstring = token.getType() == PythonLexer.STRING
        ? lexer.fstring(token.getStartIndex()) : null;
    if (fstring == null) {
      return List.of();
    }
    List<Name> names = new ArrayList<>();
    for (int i = 0; i < fstring.spanCount(); i++) {
      int start = fstring.spanStart(i);
      int end = fstring.spanEnd(i);
      if (end > start) {
        String text = LITERAL.matcher(lexer.getInputStream().getText(Interval.of(start, end - 1))).replaceAll(" ");
        Matcher m = NAME.matcher(text);
        while (m.find()) {
          if (!KEYWORDS.contains(m.group(1))) {
            names.add(new Name(m.group(1), m.group(2)));
          }
        }
      }
    }
    return names;
  }
}
