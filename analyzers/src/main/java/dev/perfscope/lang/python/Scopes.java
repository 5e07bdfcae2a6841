package dev.perfscope.lang.python;

import java.util.IdentityHashMap;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The {@link NameUses} of a module's scopes, each walked once: edges, blocks and every enclosing scope (which
 * takes a nested def's free names) ask for the same defs, and walking a def again for each would cost its
 * depth in walks.
 */
final class Scopes {
  private final FieldNames fields;
  private final TokenPrefix names;
  private final Map<ParserRuleContext, NameUses> walked = new IdentityHashMap<>();

  Scopes(PythonLexerBase lexer, TokenStream tokens) {
    this.fields = new FieldNames(lexer);
    this.names = new TokenPrefix(tokens, token -> switch (token.getType()) {
      case PythonLexer.NAME, PythonLexer.MATCH, PythonLexer.CASE, PythonLexer.TYPE -> true;
      case PythonLexer.STRING -> lexer.fstring(token.getStartIndex()) != null;
      default -> false;
    });
  }

  NameUses of(ParserRuleContext root) {
    NameUses known = walked.get(root);
    if (known == null) {
      known = NameUses.of(root, this); // walks nested scopes first, through this map: no computeIfAbsent
      walked.put(root, known);
    }
    return known;
  }

  FieldNames fields() {
    return fields;
  }

  /**
   * Whether a node can hold a use of a name: it has a name token or an f-string with fields, and is neither a
   * name outside an atom (of a def, a parameter, an import, a keyword) nor an attribute's {@code .x}.
   */
  boolean mayUse(ParserRuleContext node) {
    if (!names.any(node.getStart().getTokenIndex(), node.getStop().getTokenIndex())) {
      return false;
    }
    int rule = node.getRuleIndex();
    return rule != PythonParser.RULE_name && !(rule == PythonParser.RULE_trailer
        && node.getChild(0) instanceof TerminalNode first && first.getSymbol().getType() == PythonLexer.DOT);
  }
}
