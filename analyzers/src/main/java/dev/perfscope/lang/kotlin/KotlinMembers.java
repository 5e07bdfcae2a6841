package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Kotlin file's members, each with the node its code is in: its top-level functions (extensions by their own
 * name), classes, interfaces, objects and type aliases (a type is one member, with its methods), and properties
 * (a destructuring one by its first name). A class or object spanning at least half the file dominates it and is
 * no member itself: its methods, properties (those of its primary constructor too), constructors
 * ({@code Cart.constructor}, which its name reaches: {@code Cart("a")}), {@code init} blocks ({@code Cart.init}),
 * enum entries and nested types (an unnamed companion as {@code Cart.Companion}) are, named {@code Class.member},
 * as Java's and Python's. A name declared twice (overloads) gets its line the second time ({@code parse@40}).
 */
final class KotlinMembers {
  private static final Pattern DEPRECATED = Pattern.compile("@(?:kotlin\\.)?Deprecated\\b");
  private static final Pattern NOT_PUBLIC = Pattern.compile("\\b(?:private|internal)\\b");
  private final KotlinTree tree;
  private final String text;
  private final SourceText source;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, List<Integer>> nodes = new LinkedHashMap<>();
  /** The members declared {@code private} or {@code internal}: no other module calls them. */
  private final Set<String> notPublic = new HashSet<>();
  /** The member declaring each top-level name, and each name of the dominant class (its companion's among them). */
  private final Map<String, String> topLevel = new HashMap<>();
  private final Map<String, String> inClass = new HashMap<>();
  private String className;
  /** Whether the dominant class is {@code @Deprecated}: its members go with it. */
  private boolean classDeprecated;

  KotlinMembers(KotlinTree tree, SourceText source) {
    this.tree = tree;
    this.text = source.text();
    this.source = source;
    int dominant = dominantType();
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      if (c == dominant) {
        classMembers(c);
      } else {
        topLevel(c);
      }
    }
  }

  Map<String, Member> members() {
    return members;
  }

  /** The members declared {@code private} or {@code internal}. */
  Set<String> notPublic() {
    return notPublic;
  }

  /** The node each member's code is in, by member name. */
  Map<String, List<Integer>> nodes() {
    return nodes;
  }

  /** The dominant class's name, or null. */
  String className() {
    return className;
  }

  /**
   * The member a bare name reaches from the code of member {@code from}: in the dominant class's code, the class's
   * own first; else the file's top-level one; null for none.
   */
  String declaring(String name, String from) {
    String own = className != null && from.startsWith(className + ".") ? inClass.get(name) : null;
    return own != null ? own : topLevel.get(name);
  }

  /** The dominant class's member named {@code name} ({@code this.name}), or null. */
  String ofClass(String name) {
    return inClass.get(name);
  }

  /** The top-level class or object spanning at least half the file, or -1. */
  private int dominantType() {
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      byte kind = tree.kind(c);
      if ((kind == Kind.CLASS || kind == Kind.OBJECT) && 2 * (endLine(c) - line(c) + 1) >= source.lineCount()) {
        return c;
      }
    }
    return -1;
  }

  private void topLevel(int node) {
    byte kind = tree.kind(node);
    if (kind == Kind.FUNCTION) {
      add(ownName(node, Kind.IDENTIFIER), "function", node, parameters(node), topLevel);
    } else if (Kind.isDeclaredType(kind)) {
      add(ownName(node, Kind.TYPE_IDENTIFIER), "type", node, List.of(), topLevel);
    } else if (kind == Kind.PROPERTY) {
      property("", node, topLevel);
    }
  }

  private void classMembers(int type) {
    className = ownName(type, Kind.TYPE_IDENTIFIER);
    classDeprecated = deprecated(type, modifiers(type));
    String prefix = className + ".";
    int constructor = tree.childOf(type, Kind.PRIMARY_CONSTRUCTOR);
    if (constructor >= 0) {
      constructor(prefix, constructor);
    }
    for (int p = constructor < 0 ? -1 : tree.firstChild(constructor); p >= 0; p = tree.nextSibling(p)) {
      if (tree.kind(p) == Kind.CLASS_PARAMETER && tree.has(p, Kind.BINDING)) {
        add(prefix + ownName(p, Kind.IDENTIFIER), "field", p, List.of(), inClass);
      }
    }
    int body = tree.childOf(type, Kind.CLASS_BODY);
    for (int c = body < 0 ? -1 : tree.firstChild(body); c >= 0; c = tree.nextSibling(c)) {
      classMember(prefix, c);
    }
  }

  private void classMember(String prefix, int node) {
    switch (tree.kind(node)) {
      case Kind.FUNCTION -> add(prefix + ownName(node, Kind.IDENTIFIER), "method", node, parameters(node), inClass);
      case Kind.PROPERTY -> property(prefix, node, inClass);
      case Kind.SECONDARY_CONSTRUCTOR -> constructor(prefix, node);
      case Kind.INITIALIZER -> add(prefix + "init", "initializer", node, List.of(), inClass);
      case Kind.ENUM_ENTRY -> add(prefix + ownName(node, Kind.IDENTIFIER), "field", node, List.of(), inClass);
      case Kind.CLASS, Kind.OBJECT, Kind.TYPE_ALIAS -> add(prefix + ownName(node, Kind.TYPE_IDENTIFIER), "type", node,
          List.of(), inClass);
      case Kind.COMPANION -> companion(prefix, node);
      default -> { }
    }
  }

  /** A constructor ({@code Cart.constructor}), which the class's name reaches: {@code Cart("a")}. */
  private void constructor(String prefix, int node) {
    String member = add(prefix + "constructor", "constructor", node, parameters(node), inClass);
    topLevel.putIfAbsent(className, member);
  }

  /** The companion, one member, by which the class's code reaches its functions and properties by their bare names. */
  private void companion(String prefix, int node) {
    int name = tree.childOf(node, Kind.TYPE_IDENTIFIER);
    String member = add(prefix + (name < 0 ? "Companion" : tree.text(text, name)), "type", node, List.of(), inClass);
    int body = tree.childOf(node, Kind.CLASS_BODY);
    for (int c = body < 0 ? -1 : tree.firstChild(body); c >= 0; c = tree.nextSibling(c)) {
      byte kind = tree.kind(c);
      if (kind == Kind.FUNCTION) {
        inClass.putIfAbsent(ownName(c, Kind.IDENTIFIER), member);
      } else if (kind == Kind.PROPERTY) {
        propertyNames(c).forEach(n -> inClass.putIfAbsent(n, member));
      }
    }
  }

  /** A property: one member, by its first name, which declares all its names. */
  private void property(String prefix, int node, Map<String, String> declaring) {
    List<String> names = propertyNames(node);
    if (!names.isEmpty()) {
      String member = add(prefix + names.get(0), "field", node, List.of(), declaring);
      names.forEach(n -> declaring.putIfAbsent(n, member));
    }
  }

  private List<String> propertyNames(int property) {
    List<String> names = new ArrayList<>();
    int multi = tree.childOf(property, Kind.MULTI_VARIABLE);
    int holder = multi >= 0 ? multi : property;
    for (int c = tree.firstChild(holder); c >= 0; c = tree.nextSibling(c)) {
      int name = tree.kind(c) == Kind.VARIABLE ? tree.childOf(c, Kind.IDENTIFIER) : -1;
      if (name >= 0 && !tree.text(text, name).equals("_")) {
        names.add(tree.text(text, name));
      }
    }
    return names;
  }

  /**
   * Whether the declaration is annotated {@code @Deprecated} (with or without arguments, or {@code
   * @kotlin.Deprecated}): in its modifiers, or on the lines of their own that open it or stand just above it, where
   * tree-sitter-kotlin leaves annotations it does not put in the modifiers.
   */
  private boolean deprecated(int node, String modifiers) {
    if (DEPRECATED.matcher(modifiers).find()) {
      return true;
    }
    int first = text.lastIndexOf('\n', tree.start(node) - 1) + 1;
    return deprecatedFrom(first, true) || deprecatedFrom(previousLine(first), false);
  }

  /** The text of the declaration's modifiers (its annotations, visibility...), empty when it has none. */
  private String modifiers(int node) {
    int modifiers = tree.childOf(node, Kind.MODIFIERS);
    return modifiers < 0 ? "" : tree.text(text, modifiers);
  }

  /** Whether the annotation lines from the line starting at {@code at}, going down or up, hold {@code @Deprecated}. */
  private boolean deprecatedFrom(int at, boolean down) {
    for (int line = at; line >= 0; line = down ? nextLine(line) : previousLine(line)) {
      int end = text.indexOf('\n', line);
      String annotation = text.substring(line, end < 0 ? text.length() : end).strip();
      if (!annotation.startsWith("@")) {
        return false;
      }
      if (DEPRECATED.matcher(annotation).find()) {
        return true;
      }
    }
    return false;
  }

  private int nextLine(int at) {
    int end = text.indexOf('\n', at);
    return end < 0 ? -1 : end + 1;
  }

  private int previousLine(int at) {
    return at == 0 ? -1 : text.lastIndexOf('\n', at - 2) + 1;
  }

  private String add(String name, String kind, int node, List<String> params, Map<String, String> declaring) {
    int start = line(node);
    String unique = members.containsKey(name) ? name + "@" + start : name;
    Member member = Member.of(unique, kind, start, endLine(node), params);
    String modifiers = modifiers(node);
    boolean ofDeprecatedClass = classDeprecated && name.startsWith(className + ".");
    members.put(unique, ofDeprecatedClass || deprecated(node, modifiers) ? member.asDeprecated() : member);
    if (NOT_PUBLIC.matcher(modifiers).find()) {
      notPublic.add(unique);
    }
    nodes.put(unique, List.of(node));
    declaring.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), unique);
    return unique;
  }

  /** The text of the declaration's own name, its first child of {@code kind}; {@code <anonymous>} if none. */
  private String ownName(int node, byte kind) {
    int name = tree.childOf(node, kind);
    return name < 0 ? Units.ANONYMOUS : tree.text(text, name);
  }

  /** The parameter names of a function or constructor (a primary one is its own list), in order. */
  private List<String> parameters(int node) {
    int list = tree.kind(node) == Kind.PRIMARY_CONSTRUCTOR ? node : tree.childOf(node, Kind.PARAMETERS);
    List<String> names = new ArrayList<>();
    for (int p = list < 0 ? -1 : tree.firstChild(list); p >= 0; p = tree.nextSibling(p)) {
      byte kind = tree.kind(p);
      int name = kind == Kind.PARAMETER || kind == Kind.CLASS_PARAMETER ? tree.childOf(p, Kind.IDENTIFIER) : -1;
      if (name >= 0) {
        names.add(tree.text(text, name));
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
