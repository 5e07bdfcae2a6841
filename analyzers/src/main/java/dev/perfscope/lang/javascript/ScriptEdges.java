package dev.perfscope.lang.javascript;

import dev.perfscope.lang.EdgeCounts;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edges between a module's members, by name as for Python: a name of the module not declared in the member's
 * own code ({@code parse()}, {@code new Parser()}, {@code <Button/>}, a TypeScript type {@code Options}, a
 * variable), and a member of the dominant class through {@code this} or the class's name ({@code this.parse()},
 * {@code this.count}, {@code Linter.version}), the class itself through its constructor
 * ({@code new Linter()}, {@code module.exports = Linter}); a name bound by an import is an {@code import} edge to the module
 * as written. A function named but not called ({@code list.map(parse)}) is a call edge too.
 */
final class ScriptEdges {
  private final ScriptTree tree;
  private final String text;
  private final Map<String, Member> members;
  private final Map<String, List<String>> byName = new HashMap<>();
  private final Map<String, String> imports;
  private final String ownClass;

  ScriptEdges(ScriptTree tree, String text, ScriptMembers found, ScriptImports imports) {
    this.tree = tree;
    this.text = text;
    this.members = found.members();
    this.imports = imports.bound;
    this.ownClass = found.className();
    members.keySet().forEach(name -> byName.computeIfAbsent(withoutLine(name), k -> new ArrayList<>()).add(name));
  }

  /** {@code size} for {@code size@40}, the second declaration of a name ({@link ScriptMembers}). */
  private static String withoutLine(String member) {
    int at = member.lastIndexOf('@');
    return at < 0 ? member : member.substring(0, at);
  }

  List<Edge> edges(Map<String, List<Integer>> nodes) {
    return EdgeCounts.perMember(nodes, (name, root, counts) -> {
      Set<String> locals = Bindings.declaredIn(tree, text, root);
      for (int n = root; n < tree.last(root); n++) {
        uses(n, locals, counts);
      }
    });
  }

  private void uses(int node, Set<String> locals, EdgeCounts counts) {
    byte kind = tree.kind(node);
    if (kind == Kind.MEMBER_EXPRESSION && ownClass != null) {
      receiverUse(node, locals, counts);
    } else if ((kind == Kind.IDENTIFIER || kind == Kind.TYPE_IDENTIFIER) && !locals.contains(tree.text(text, node))
        && Bindings.role(tree, node) != Bindings.DECLARES) {
      String name = tree.text(text, node);
      link(name.equals(ownClass) ? ownClass + ".constructor" : name, counts);
      String imported = imports.get(name);
      if (imported != null && !byName.containsKey(name)) {
        counts.add("import", imported);
      }
    }
  }

  /** {@code this.x} or {@code OwnClass.x}: the member {@code x} of the dominant class. */
  private void receiverUse(int node, Set<String> locals, EdgeCounts counts) {
    int object = tree.child(node, tree.grammar.fieldObject);
    int property = tree.child(node, tree.grammar.fieldProperty);
    if (object < 0 || property < 0) {
      return;
    }
    boolean receiver = tree.kind(object) == Kind.THIS || tree.kind(object) == Kind.IDENTIFIER
        && tree.text(text, object).equals(ownClass) && !locals.contains(ownClass);
    if (receiver) {
      link(ownClass + "." + tree.text(text, property), counts);
    }
  }

  /** Links to every member of that name: a name declared twice ({@code size}, {@code size@40}) gets each. */
  private void link(String name, EdgeCounts counts) {
    for (String target : byName.getOrDefault(name, List.of())) {
      String kind = switch (members.get(target).kind()) {
        case "function", "method", "constructor" -> "call";
        case "type" -> "type";
        default -> "field";
      };
      counts.add(kind, target);
    }
  }
}
