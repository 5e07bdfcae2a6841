package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.metrics.Parameters;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * A module's members, each with the nodes its code is in: its functions, classes and global variables
 * (assigned at module level, also inside a top-level {@code if} or {@code try}), found as Java finds a type's
 * methods, nested types and fields. A class spanning at least half the module {@link #dominant() dominates} it
 * and is not a member itself: its methods ({@code __init__} the constructor), nested classes and attributes
 * (assigned in its body or through {@code self.x}) are, named {@code Class.member}, as Java names the members
 * of the file's type. A def repeated under one name gets its line ({@code parse@120}); a variable assigned
 * twice is one member, at its first assignment.
 */
final class PythonMembers {
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, List<ParserRuleContext>> nodes = new LinkedHashMap<>();
  private final TokenStream tokens;
  private final PythonParser.Class_defContext dominant;

  PythonMembers(PythonParser.File_inputContext module, TokenStream tokens) {
    this.tokens = tokens;
    this.dominant = dominantClass(module, tokens);
    Trees.eachStatement(module, statement -> member("", statement, false));
  }

  Map<String, Member> members() {
    return members;
  }

  /** The nodes each member's code is in, by member name: none for an attribute set through {@code self}. */
  Map<String, List<ParserRuleContext>> nodes() {
    return nodes;
  }

  /** The class that dominates the module, or null. */
  PythonParser.Class_defContext dominant() {
    return dominant;
  }

  private static PythonParser.Class_defContext dominantClass(PythonParser.File_inputContext module, TokenStream tokens) {
    int lines = module.getStop().getLine();
    for (PythonParser.StmtContext statement : module.stmt()) {
      PythonParser.Class_defContext type = topClass(statement);
      if (type != null && 2 * (Trees.endLine(type, tokens) - Trees.startLine(type) + 1) >= lines) {
        return type;
      }
    }
    return null;
  }

  private static PythonParser.Class_defContext topClass(PythonParser.StmtContext statement) {
    PythonParser.Compound_stmtContext compound = statement.compound_stmt();
    if (compound == null) {
      return null;
    }
    return compound.decorated() != null ? compound.decorated().class_def() : compound.class_def();
  }

  private void member(String owner, ParserRuleContext statement, boolean inClass) {
    if (statement instanceof PythonParser.Function_defContext def) {
      add(owner + Trees.text(def.name()), kind(def, inClass), def, Parameters.names(def, inClass));
    } else if (statement == dominant) {
      String prefix = dominant.name().getText() + ".";
      Trees.eachStatement(dominant.block(), child -> member(prefix, child, true));
      Trees.eachStatement(dominant.block(), child -> attributes(prefix, child));
    } else if (statement instanceof PythonParser.Class_defContext type) {
      add(owner + type.name().getText(), "type", type, List.of());
    } else if (statement instanceof PythonParser.Expr_stmtContext assignment && assignment.getChildCount() > 1) {
      variables(owner, assignment);
    }
  }

  private static String kind(PythonParser.Function_defContext def, boolean inClass) {
    if (!inClass) {
      return "function";
    }
    return def.name().getText().equals("__init__") ? "constructor" : "method";
  }

  /** The names an assignment at module level or in the dominant class's body binds. */
  private void variables(String owner, PythonParser.Expr_stmtContext assignment) {
    Targets.ofAssignment(assignment, leaf -> {
      if (leaf.boundName() != null) {
        field(owner + Trees.text(leaf.boundName()), assignment, assignment);
      }
    });
  }

  /** The attributes a method sets through its first parameter: {@code self.x = ...}, {@code cls.count += 1}. */
  private void attributes(String prefix, ParserRuleContext statement) {
    if (!(statement instanceof PythonParser.Function_defContext def) || def.parameters() == null
        || def.parameters().parameter(0).name() == null) {
      return;
    }
    String receiver = def.parameters().parameter(0).name().getText();
    Trees.eachStatement(def.block(), inner -> {
      if (inner instanceof PythonParser.Expr_stmtContext assignment && assignment.getChildCount() > 1) {
        Targets.ofAssignment(assignment, leaf -> {
          String attribute = leaf.attributeOf(receiver);
          if (attribute != null && !members.containsKey(prefix + attribute)) {
            field(prefix + attribute, assignment, null);
          }
        });
      }
    });
  }

  private void field(String name, ParserRuleContext statement, ParserRuleContext node) {
    Member existing = members.get(name);
    int line = statement.getStart().getLine();
    String unique = existing == null || existing.kind().equals("field") ? name : name + "@" + line;
    members.computeIfAbsent(unique, k -> Member.of(k, "field", line, Trees.endLine(statement, tokens), List.of()));
    List<ParserRuleContext> code = nodes.computeIfAbsent(unique, k -> new ArrayList<>());
    if (node != null) {
      code.add(node);
    }
  }

  private void add(String name, String kind, ParserRuleContext definition, List<String> params) {
    int start = Trees.startLine(definition);
    String unique = members.containsKey(name) ? name + "@" + start : name;
    members.put(unique, Member.of(unique, kind, start, Trees.endLine(definition, tokens), params));
    List<ParserRuleContext> code = new ArrayList<>();
    if (definition.getParent() instanceof PythonParser.DecoratedContext decorated) {
      code.addAll(decorated.decorator());
    }
    code.add(definition);
    nodes.put(unique, code);
  }
}
