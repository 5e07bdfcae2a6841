package dev.perfscope.lang.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which types a file declares and which it refers to, by qualified name, for the files-that-depend-on-it count
 * advice ranks by. Single-type imports count as they are (a static import names its class and member, a nested
 * type its outer type: advice tries the shorter names). A type used by its simple name and neither imported nor
 * declared in the file is looked for in the file's own package and in {@code java.lang}; types behind an
 * on-demand import ({@code a.b.*}) are not resolved. The same walk collects the names of the members the file
 * reaches on something else ({@link dev.perfscope.model.Structure#memberUses}).
 */
final class TypeUses {
  private final List<String> declares = new ArrayList<>();
  private final Set<String> uses = new LinkedHashSet<>();
  private final Set<String> memberUses = new TreeSet<>();
  private final String prefix;
  private final Map<String, String> imported = new HashMap<>();
  /** The file's own types by simple name, qualified through their outer types ({@code a.Map.Entry}). */
  private final Map<String, String> own = new HashMap<>();

  TypeUses(CompilationUnit unit) {
    prefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
    Set<String> declared = new HashSet<>();
    for (TypeDeclaration<?> type : unit.getTypes()) {
      declares.add(prefix + type.getNameAsString());
    }
    for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
      declared.add(type.getNameAsString());
      type.getFullyQualifiedName().ifPresent(name -> own.putIfAbsent(type.getNameAsString(), name));
    }
    for (ImportDeclaration i : unit.getImports()) {
      if (!i.isAsterisk()) {
        imported.put(i.getName().getIdentifier(), i.getNameAsString());
        uses.add(i.getNameAsString());
      }
    }
    Set<String> simple = new HashSet<>();
    unit.walk(node -> {
      simpleTypeName(node, simple);
      memberUse(node);
    });
    for (String name : simple) {
      if (!declared.contains(name) && !imported.containsKey(name)) {
        uses.add(prefix + name);
        uses.add("java.lang." + name);
      }
    }
  }

  /** A type named without scope ({@code Foo x}, {@code new Foo()}), or a capitalized scope ({@code Foo.bar()}). */
  private static void simpleTypeName(Node node, Set<String> names) {
    if (node instanceof ClassOrInterfaceType type && type.getScope().isEmpty()) {
      names.add(type.getNameAsString());
    } else if (node instanceof MethodCallExpr call && call.getScope().orElse(null) instanceof NameExpr scope) {
      capitalized(scope.getNameAsString(), names);
    } else if (node instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr scope) {
      capitalized(scope.getNameAsString(), names);
    }
  }

  /** A member reached on something else: {@code x.insert()}, {@code x.state}, {@code X::insert}. */
  private void memberUse(Node node) {
    if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
      memberUses.add(call.getNameAsString());
    } else if (node instanceof FieldAccessExpr access) {
      memberUses.add(access.getNameAsString());
    } else if (node instanceof MethodReferenceExpr reference) {
      memberUses.add(reference.getIdentifier());
    }
  }

  private static void capitalized(String name, Set<String> names) {
    if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
      names.add(name);
    }
  }

  /**
   * The qualified name of {@code type} as written in the file: as it is when scoped by a package
   * ({@code java.util.AbstractMap}); else its first name resolved as one of the file's own types (nested ones
   * through their outer types), as imported, or else of the file's own package, where Java looks before
   * {@code java.lang}: {@code HashedMap.EntrySet} is {@code coll.map.HashedMap.EntrySet}.
   */
  String qualified(ClassOrInterfaceType type) {
    String written = type.getNameWithScope();
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    if (dot >= 0 && !Character.isUpperCase(first.charAt(0))) {
      return written; // a package: java.util.AbstractMap
    }
    String resolved = own.getOrDefault(first, imported.getOrDefault(first, prefix + first));
    return dot < 0 ? resolved : resolved + written.substring(dot);
  }

  List<String> declares() {
    return declares;
  }

  /** The simple names of the members the file reaches on something else, sorted. */
  List<String> memberUses() {
    return List.copyOf(memberUses);
  }

  List<String> uses() {
    return List.copyOf(uses);
  }
}
