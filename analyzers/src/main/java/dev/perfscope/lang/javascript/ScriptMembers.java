package dev.perfscope.lang.javascript;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's members, each with the nodes its code is in: its top-level functions, classes, interfaces, type
 * aliases and enums, and variables (a function or class bound to one is a function or a type), exported or
 * not; {@code export default} as {@code default}, and a CommonJS module's exports ({@code module.exports = {...}}
 * as {@code exports}, {@code exports.parse = ...} as {@code parse}); an exported object literal that defines
 * functions gives those functions instead. A declaration that only {@code require}s a
 * module is an import, no member. A class spanning at least half the module {@link #dominantClass() dominates}
 * it and is not a member itself: its methods ({@code constructor} the constructor), fields and the properties its
 * methods set through {@code this} are, named {@code Class.member}, as Python's. A name declared twice (a getter
 * and its setter, overloads) gets its line the second time ({@code size@40}).
 */
final class ScriptMembers {
  private final ScriptTree tree;
  private final String text;
  private final SourceText source;
  private final ScriptImports imports;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, List<Integer>> nodes = new LinkedHashMap<>();
  private final int dominant;
  private String className;

  ScriptMembers(ScriptTree tree, SourceText source, ScriptImports imports) {
    this.tree = tree;
    this.text = source.text();
    this.source = source;
    this.imports = imports;
    this.dominant = dominantClass();
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      statement(c);
    }
  }

  Map<String, Member> members() {
    return members;
  }

  /** The nodes each member's code is in, by member name: none for a property set through {@code this}. */
  Map<String, List<Integer>> nodes() {
    return nodes;
  }

  /** The name of the class that dominates the module, or null. */
  String className() {
    return className;
  }

  /** The top-level class node spanning at least half the module's lines, or -1. */
  private int dominantClass() {
    int lines = source.lineCount();
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      int type = topClass(c);
      if (type >= 0 && 2 * (endLine(type) - line(type) + 1) >= lines) {
        return type;
      }
    }
    return -1;
  }

  /** The class a top-level statement declares, exports or assigns to {@code module.exports}, or -1. */
  private int topClass(int statement) {
    int node = statement;
    if (tree.kind(node) == Kind.EXPORT) {
      int declaration = tree.child(node, tree.grammar.fieldDeclaration);
      node = declaration >= 0 ? declaration : tree.child(node, tree.grammar.fieldValue);
    } else if (tree.kind(node) == Kind.STATEMENT && tree.firstChild(node) >= 0
        && tree.kind(tree.firstChild(node)) == Kind.ASSIGNMENT) {
      node = tree.child(tree.firstChild(node), tree.grammar.fieldRight);
    } else if (tree.kind(node) == Kind.DECLARATION) {
      int declarator = firstOf(node, Kind.VARIABLE_DECLARATOR);
      node = declarator >= 0 ? tree.child(declarator, tree.grammar.fieldValue) : -1;
    }
    return node >= 0 && tree.kind(node) == Kind.CLASS ? node : -1;
  }

  private void statement(int statement) {
    switch (tree.kind(statement)) {
      case Kind.EXPORT -> exported(statement);
      case Kind.FUNCTION_DECLARATION, Kind.CLASS, Kind.TYPE_DECLARATION -> declared(statement, statement);
      case Kind.DECLARATION -> variables(statement);
      case Kind.STATEMENT -> exports(statement);
      default -> { }
    }
  }

  private void exported(int statement) {
    int declaration = tree.child(statement, tree.grammar.fieldDeclaration);
    int value = tree.child(statement, tree.grammar.fieldValue);
    if (declaration >= 0 && tree.kind(declaration) == Kind.DECLARATION) {
      variables(declaration);
    } else if (declaration >= 0) {
      declared(statement, declaration);
    } else if (value >= 0) {
      bound("default", statement, value);
    }
  }

  /** A function, class, interface, type alias or enum declared by its own name. */
  private void declared(int statement, int declaration) {
    if (declaration == dominant) {
      classMembers(declaration);
      return;
    }
    int name = tree.child(declaration, tree.grammar.fieldName);
    if (name >= 0) {
      boolean function = Kind.isFunction(tree.kind(declaration));
      add(tree.text(text, name), function ? "function" : "type", statement,
          function ? ParameterNames.of(tree, text, declaration) : List.of());
    }
  }

  /** {@code const parse = () => ...}: one member per declarator named by an identifier, but {@code require}s. */
  private void variables(int declaration) {
    if (imports.requireDeclarations.contains(declaration)) {
      return;
    }
    List<Integer> declarators = new ArrayList<>();
    for (int c = tree.firstChild(declaration); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.VARIABLE_DECLARATOR) {
        declarators.add(c);
      }
    }
    for (int declarator : declarators) {
      int name = tree.child(declarator, tree.grammar.fieldName);
      int value = tree.child(declarator, tree.grammar.fieldValue);
      if (value >= 0 && value == dominant) {
        classMembers(value);
      } else if (name >= 0 && tree.kind(name) == Kind.IDENTIFIER) {
        int statement = declarators.size() == 1 ? outermost(declaration) : declarator;
        bound(tree.text(text, name), statement, value);
      }
    }
  }

  /** {@code module.exports = ...} as {@code exports}, {@code exports.parse = ...} as {@code parse}. */
  private void exports(int statement) {
    int assignment = tree.firstChild(statement);
    boolean assigns = assignment >= 0 && tree.kind(assignment) == Kind.ASSIGNMENT;
    int left = assigns ? tree.child(assignment, tree.grammar.fieldLeft) : -1;
    if (left < 0) {
      return;
    }
    int right = tree.child(assignment, tree.grammar.fieldRight);
    String target = tree.text(text, left);
    if (right >= 0 && right == dominant) {
      classMembers(right);
    } else if (target.equals("module.exports")) {
      bound("exports", statement, right);
    } else if (target.startsWith("exports.") || target.startsWith("module.exports.")) {
      bound(target.substring(target.lastIndexOf('.') + 1), statement, right);
    }
  }

  /** A member named {@code name} bound to {@code value}: a function, a class (type) or anything else (field). */
  private void bound(String name, int statement, int value) {
    byte kind = value < 0 ? Kind.OTHER : tree.kind(value);
    if (kind == Kind.OBJECT && (name.equals("exports") || name.equals("default")) && objectFunctions(value)) {
      return;
    }
    if (Kind.isFunction(kind)) {
      add(name, "function", statement, ParameterNames.of(tree, text, value));
    } else {
      add(name, kind == Kind.CLASS ? "type" : "field", statement, List.of());
    }
  }

  /**
   * The functions an exported object literal defines ({@code module.exports = { isToken(t) {...} }}), each a
   * member as if declared on its own, which is how a module of helpers is often written; whether there are any.
   */
  private boolean objectFunctions(int object) {
    int before = members.size();
    for (int c = tree.firstChild(object); c >= 0; c = tree.nextSibling(c)) {
      int value = tree.kind(c) == Kind.PAIR ? tree.child(c, tree.grammar.fieldValue) : c;
      int key = tree.child(c, tree.grammar.fieldKey) >= 0 ? tree.child(c, tree.grammar.fieldKey) : tree.child(c, tree.grammar.fieldName);
      if (value >= 0 && key >= 0 && Kind.isFunction(tree.kind(value))) {
        add(tree.text(text, key), "function", c, ParameterNames.of(tree, text, value));
      }
    }
    return members.size() > before;
  }

  private void classMembers(int type) {
    int nameNode = Units.nameNode(tree, type, Kind.CLASS);
    className = nameNode >= 0 ? tree.text(text, nameNode) : "default";
    String prefix = className + ".";
    int body = tree.child(type, tree.grammar.fieldBody);
    for (int c = body < 0 ? -1 : tree.firstChild(body); c >= 0; c = tree.nextSibling(c)) {
      classMember(prefix, c);
    }
    if (body >= 0) {
      thisProperties(prefix, body);
    }
  }

  /** A method (the constructor among them) or a field; a field holding a function is a method. */
  private void classMember(String prefix, int node) {
    Grammar g = tree.grammar;
    if (tree.kind(node) == Kind.METHOD) {
      String name = tree.text(text, tree.child(node, g.fieldName));
      add(prefix + name, name.equals("constructor") ? "constructor" : "method", node, ParameterNames.of(tree, text, node));
      return;
    }
    int name = tree.child(node, g.fieldProperty) >= 0 ? tree.child(node, g.fieldProperty) : tree.child(node, g.fieldName);
    if (tree.kind(node) != Kind.FIELD || name < 0) {
      return;
    }
    int value = tree.child(node, g.fieldValue);
    boolean method = value >= 0 && Kind.isFunction(tree.kind(value));
    add(prefix + tree.text(text, name), method ? "method" : "field", node,
        method ? ParameterNames.of(tree, text, value) : List.of());
  }

  /** The properties the class's methods set through {@code this} ({@code this.count = 0}) that it does not declare. */
  private void thisProperties(String prefix, int body) {
    for (int n = body + 1; n < tree.last(body); n++) {
      if (tree.kind(n) != Kind.ASSIGNMENT && tree.kind(n) != Kind.AUGMENTED_ASSIGNMENT) {
        continue;
      }
      int left = tree.child(n, tree.grammar.fieldLeft);
      if (left >= 0 && tree.kind(left) == Kind.MEMBER_EXPRESSION
          && tree.kind(tree.child(left, tree.grammar.fieldObject)) == Kind.THIS) {
        String name = prefix + tree.text(text, tree.child(left, tree.grammar.fieldProperty));
        if (!members.containsKey(name)) {
          int statement = tree.kind(tree.parent(n)) == Kind.STATEMENT ? tree.parent(n) : n;
          members.put(name, Member.of(name, "field", line(statement), endLine(statement), List.of()));
          nodes.put(name, List.of());
        }
      }
    }
  }

  private void add(String name, String kind, int node, List<String> params) {
    int start = line(node);
    String unique = members.containsKey(name) ? name + "@" + start : name;
    members.put(unique, Member.of(unique, kind, start, endLine(node), params));
    nodes.put(unique, List.of(node));
  }

  /** A declaration with the {@code export} before it. */
  private int outermost(int declaration) {
    int parent = tree.parent(declaration);
    return parent >= 0 && tree.kind(parent) == Kind.EXPORT ? parent : declaration;
  }

  private int firstOf(int node, byte kind) {
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == kind) {
        return c;
      }
    }
    return -1;
  }

  private int line(int node) {
    return source.lineOf(tree.start(node));
  }

  private int endLine(int node) {
    return Math.max(line(node), source.lineOf(Math.max(tree.start(node), tree.end(node) - 1)));
  }
}
