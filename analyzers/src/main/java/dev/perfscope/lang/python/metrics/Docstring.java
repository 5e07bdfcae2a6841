package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import org.antlr.v4.runtime.TokenStream;

/**
 * A function's docstring, the string statement that opens its body: documentation that stands inside the
 * function's lines, where Java's Javadoc and a JavaScript or Kotlin doc comment stand before them.
 */
public final class Docstring {
  private Docstring() {}

  /** The lines of {@code def}'s docstring, 0 when its body opens with anything else. */
  public static int lines(PythonParser.Function_defContext def, TokenStream tokens) {
    PythonParser.BlockContext block = def.block();
    PythonParser.Simple_stmtsContext first = block.simple_stmts() != null ? block.simple_stmts()
        : block.stmt().isEmpty() ? null : block.stmt(0).simple_stmts();
    PythonParser.Expr_stmtContext statement = first == null ? null : first.simple_stmt(0).expr_stmt();
    if (statement == null || !Trees.isStringStatement(statement)) {
      return 0;
    }
    // a docstring of one string token is its own start and stop, which endLine(statement) does not read
    int end = Math.max(Trees.endLine(statement, tokens), Trees.endLine(statement.getStart()));
    return end - statement.getStart().getLine() + 1;
  }
}
