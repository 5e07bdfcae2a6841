package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonLexerBase;
import java.util.IdentityHashMap;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * The {@link NameUses} of a module's scopes, each walked once: edges, blocks and every enclosing scope (which
 * takes a nested def's free names) ask for the same defs, and walking a def again for each would cost its
 * depth in walks. Also what those walks share in one module: its tokens, f-string fields, plain expressions
 * and the names statements bind.
 */
final class Scopes {
  private final TokenStream tokens;
  private final FieldNames fields;
  private final PlainExpressions plain;
  /** By token: each name a statement binds is bound once, by the one walk that reaches the statement. */
  private final NameUses.Binding[] bindings;
  private final Map<ParserRuleContext, NameUses> walked = new IdentityHashMap<>();

  Scopes(PythonLexerBase lexer, TokenStream tokens) {
    this.tokens = tokens;
    this.fields = new FieldNames(lexer);
    this.plain = new PlainExpressions(tokens);
    this.bindings = new NameUses.Binding[tokens.size()];
  }

  NameUses of(ParserRuleContext root) {
    NameUses known = walked.get(root);
    if (known == null) {
      known = NameUses.of(root, this); // walks nested scopes first, through this map: no computeIfAbsent
      walked.put(root, known);
    }
    return known;
  }

  TokenStream tokens() {
    return tokens;
  }

  FieldNames fields() {
    return fields;
  }

  PlainExpressions plain() {
    return plain;
  }

  NameUses.Binding[] bindings() {
    return bindings;
  }
}
