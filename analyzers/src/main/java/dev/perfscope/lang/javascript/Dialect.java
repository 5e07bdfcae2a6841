package dev.perfscope.lang.javascript;

import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * The three grammars one walker reads: JavaScript (with JSX, as tree-sitter-javascript parses it), TypeScript,
 * and TypeScript with JSX. A grammar's class loads its native library when first touched, hence the suppliers.
 */
enum Dialect {
  JAVASCRIPT(TreeSitterJavascript::new),
  TYPESCRIPT(TreeSitterTypescript::new),
  TSX(TreeSitterTsx::new);

  private final Supplier<TSLanguage> grammar;

  Dialect(Supplier<TSLanguage> grammar) {
    this.grammar = grammar;
  }

  TSLanguage newGrammar() {
    return grammar.get();
  }
}
