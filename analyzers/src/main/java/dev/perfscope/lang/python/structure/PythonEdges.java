package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.EdgeCounts;
import dev.perfscope.lang.python.metrics.Parameters;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The edges between a module's members, found by name as for Java: a global name not hidden by a local
 * ({@code f()}, a variable, a class, an imported name), and an attribute of the dominant class through the
 * first parameter or the class's name ({@code self.f()}, {@code self.x}, {@code cls.x}, {@code Repo.f()}). A
 * function named but not called ({@code key=f}) is a call edge too, as a Java method reference is.
 */
final class PythonEdges {
  private final Map<String, Member> members;
  private final Map<String, String> imports = new HashMap<>();
  private final String ownClass;
  private final Scopes scopes;
  private final Map<String, List<String>> byName = new HashMap<>();

  PythonEdges(PythonParser.File_inputContext module, PythonMembers found, Scopes scopes) {
    this.members = found.members();
    this.scopes = scopes;
    members.keySet().forEach(name ->
        byName.computeIfAbsent(withoutLine(name), k -> new ArrayList<>()).add(name));
    this.ownClass = found.dominant() == null ? null : found.dominant().name().getText();
    Trees.eachStatement(module, statement -> {
      if (statement instanceof PythonParser.Import_stmtContext imported) {
        imports.putAll(ImportedNames.of(imported));
      }
    });
  }

  /** {@code parse} for {@code parse@120}, the name of a def repeated under one name ({@link PythonMembers}). */
  private static String withoutLine(String member) {
    int at = member.lastIndexOf('@');
    if (at < 0 || at == member.length() - 1) {
      return member;
    }
    for (int i = at + 1; i < member.length(); i++) {
      if (member.charAt(i) < '0' || member.charAt(i) > '9') {
        return member;
      }
    }
    return member.substring(0, at);
  }

  List<Edge> edges(Map<String, List<ParserRuleContext>> nodes) {
    List<Edge> edges = new ArrayList<>();
    nodes.forEach((name, code) -> {
      EdgeCounts counts = new EdgeCounts();
      for (ParserRuleContext node : code) {
        NameUses names = scopes.of(node);
        Set<String> locals = names.locals();
        Set<String> receivers = receivers(members.get(name), node, locals);
        for (NameUses.Use use : names.uses()) {
          if (use.load()) {
            reference(use, receivers.contains(use.name()), locals, counts);
          }
        }
      }
      counts.addEdges(name, edges);
    });
    return edges;
  }

  /** The names that stand for the dominant class in a member's code: its name, and a method's first parameter. */
  private Set<String> receivers(Member member, ParserRuleContext node, Set<String> locals) {
    Set<String> receivers = new HashSet<>();
    if (ownClass == null) {
      return receivers;
    }
    if (!locals.contains(ownClass)) {
      receivers.add(ownClass);
    }
    if (node instanceof PythonParser.Function_defContext def && member.owner().equals(ownClass)) {
      List<String> params = Parameters.names(def, false);
      receivers.addAll(params.isEmpty() ? List.of() : params.subList(0, 1));
    }
    return receivers;
  }

  private void reference(NameUses.Use use, boolean receiver, Set<String> locals, EdgeCounts counts) {
    if (receiver) {
      if (use.attribute() != null) {
        link(ownClass + "." + use.attribute(), counts);
      }
    } else if (!locals.contains(use.name())) {
      link(use.name(), counts);
      String imported = imports.get(use.name());
      if (imported != null && !byName.containsKey(use.name())) {
        counts.add("import", imported);
      }
    }
  }

  /** Links to every member of that name: a def repeated under one name ({@code g}, {@code g@9}) gets each. */
  private void link(String name, EdgeCounts counts) {
    for (String target : byName.getOrDefault(name, List.of())) {
      Member member = members.get(target);
      String kind = switch (member.kind()) {
        case "function", "method", "constructor" -> "call";
        case "type" -> "type";
        default -> "field";
      };
      counts.add(kind, target);
    }
  }
}
