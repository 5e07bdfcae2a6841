package dev.perfscope.lang.python;

import java.util.IdentityHashMap;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The {@link NameUses} of a module's scopes, each walked once: edges, blocks and every enclosing scope (which
 * takes a nested def's free names) ask for the same defs, and walking a def again for each would cost its
 * depth in walks.
 */
final class Scopes {
  private final FieldNames fields;
  private final Map<ParserRuleContext, NameUses> walked = new IdentityHashMap<>();

  Scopes(FieldNames fields) {
    this.fields = fields;
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
}
