package dev.perfscope.lang.go;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Go file's members, each with the nodes its code is in: its functions, its types, their methods
 * ({@code Buffer.Write}, wherever they stand), and its {@code var} and {@code const} declarations. A method is named
 * by its type as Java's and Python's are by their class: advice keeps a type and its methods together, as
 * it keeps a module's classes whole, since that is what a Go maintainer moves. A {@code var} or {@code const}
 * declaration is one member named by its first name, a grouped one ({@code const ( A = iota; B )}) included: the
 * names of a group are read together. A name declared twice ({@code init}) gets its line the second time
 * ({@code init@40}).
 */
final class GoMembers {
  private final GoTree tree;
  private final String text;
  private final SourceText source;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, List<Integer>> nodes = new LinkedHashMap<>();
  /** The member declaring each top-level name: every name of a {@code var} or {@code const} group is its member. */
  private final Map<String, String> declaring = new HashMap<>();
  /** The methods and struct fields of the file's types, by name: which type members have one so named. */
  private final Map<String, Map<String, String>> selectors = new HashMap<>();
  private final Set<String> fieldsOf = new HashSet<>();

  GoMembers(GoTree tree, SourceText source) {
    this.tree = tree;
    this.text = source.text();
    this.source = source;
    List<Integer> methods = new ArrayList<>();
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      switch (tree.kind(c)) {
        case Kind.FUNCTION -> add(name(c), "function", c, parameters(c));
        case Kind.METHOD -> methods.add(c);
        case Kind.TYPE_DECLARATION -> types(c);
        case Kind.VAR_DECLARATION, Kind.CONST_DECLARATION -> values(c);
        default -> { }
      }
    }
    methods.forEach(this::method);
    List<Member> ordered = new ArrayList<>(members.values());
    ordered.sort(java.util.Comparator.comparingInt(Member::startLine));
    members.clear();
    ordered.forEach(m -> members.put(m.name(), m)); // in source order, the methods too
  }

  Map<String, Member> members() {
    return members;
  }

  /** The nodes each member's code is in, by member name. */
  Map<String, List<Integer>> nodes() {
    return nodes;
  }

  /** The member that declares a top-level name, or null. */
  String declaring(String name) {
    return declaring.get(name);
  }

  /**
   * The member a selector {@code x.name} reaches, with the edge's kind: the one method of the file so named
   * ({@code call}), or the type with the one struct field so named ({@code field}); null when the file has none,
   * or several (which one is meant needs types).
   */
  Map.Entry<String, String> selected(String name) {
    Map<String, String> owners = selectors.get(name);
    return owners == null || owners.size() != 1 ? null : owners.entrySet().iterator().next();
  }

  private void types(int declaration) {
    List<Integer> specs = new ArrayList<>();
    for (int c = tree.firstChild(declaration); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.TYPE_SPEC) {
        specs.add(c);
      }
    }
    for (int spec : specs) {
      String name = Units.text(tree, text, tree.child(spec, tree.grammar.fieldName));
      add(name, "type", specs.size() == 1 ? declaration : spec, List.of());
      fields(declaring.get(name), tree.child(spec, tree.grammar.fieldType));
    }
  }

  /**
   * The named fields of a struct type, which {@code x.field} reaches the type by: no members, since a field moves
   * only with its type's declaration.
   */
  private void fields(String type, int typeNode) {
    for (int n = typeNode; n >= 0 && n < tree.last(typeNode); n++) {
      if (tree.kind(n) == Kind.FIELD_DECLARATION && tree.parent(tree.parent(n)) == typeNode) {
        for (int c = tree.firstChild(n); c >= 0; c = tree.nextSibling(c)) {
          if (tree.kind(c) == Kind.FIELD_IDENTIFIER) {
            fieldsOf.add(type + "." + Units.text(tree, text, c));
            selectors.computeIfAbsent(Units.text(tree, text, c), k -> new HashMap<>()).put(type, "field");
          }
        }
      }
    }
  }

  /** Whether type member {@code type} has a struct field {@code name}. */
  boolean hasField(String type, String name) {
    return fieldsOf.contains(type + "." + name);
  }

  /** A {@code var} or {@code const} declaration: one member, by its first name. */
  private void values(int declaration) {
    List<String> names = new ArrayList<>();
    for (int n = declaration + 1; n < tree.last(declaration); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && tree.kind(tree.parent(n)) == Kind.BINDING
          && tree.field(n) == tree.grammar.fieldName) {
        names.add(Units.text(tree, text, n));
      }
    }
    names.remove("_");
    if (!names.isEmpty()) {
      String member = add(names.get(0), "field", declaration, List.of());
      names.forEach(name -> declaring.putIfAbsent(name, member));
    }
  }

  /** A method, {@code Type.method}, reached through a selector of that name ({@code x.method()}). */
  private void method(int node) {
    String qualified = add(Units.declaredName(tree, text, node), "method", node, parameters(node));
    selectors.computeIfAbsent(qualified.substring(qualified.lastIndexOf('.') + 1).replaceFirst("@.*", ""),
        k -> new HashMap<>()).put(qualified, "call");
  }

  private String add(String name, String kind, int node, List<String> params) {
    int start = line(node);
    String unique = members.containsKey(name) ? name + "@" + start : name;
    members.put(unique, Member.of(unique, kind, start, endLine(node), params));
    nodes.put(unique, List.of(node));
    declaring.putIfAbsent(name, unique);
    return unique;
  }

  private String name(int node) {
    return Units.text(tree, text, tree.child(node, tree.grammar.fieldName));
  }

  /** The parameter names of a function or method, in order ({@code _} and unnamed ones left out). */
  private List<String> parameters(int node) {
    int list = tree.child(node, tree.grammar.fieldParameters);
    List<String> names = new ArrayList<>();
    for (int p = list < 0 ? -1 : tree.firstChild(list); p >= 0; p = tree.nextSibling(p)) {
      for (int c = tree.firstChild(p); c >= 0; c = tree.nextSibling(c)) {
        if (tree.kind(c) == Kind.IDENTIFIER && tree.field(c) == tree.grammar.fieldName
            && !"_".equals(Units.text(tree, text, c))) {
          names.add(Units.text(tree, text, c));
        }
      }
    }
    return names;
  }

  private int line(int node) {
    return source.lineOf(tree.start(node));
  }

  private int endLine(int node) {
    return Math.max(line(node), source.lineOf(Math.max(tree.start(node), tree.end(node) - 1)));
  }
}
