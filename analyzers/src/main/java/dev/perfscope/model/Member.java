package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * One member of a file's structure: a top-level function or type, or a member of a top-level type (method,
 * constructor, field, nested type). {@code name} is unique in the file ({@code Billing.invoice}); {@code kind}
 * is {@code type}, {@code function}, {@code method}, {@code constructor}, {@code field} or {@code constant} (a Java
 * enum's constant); {@code params} are
 * a function's parameter names, in order. {@code published}: part of the API other code reaches on its type
 * by that type's name (a Java class's public and protected members, when the class is public), which a split
 * cannot move without changing every caller; false where the language does not say. {@code deprecated}: marked
 * for removal by the language's own means (Java's {@code @Deprecated}, on it or on its type).
 */
public record Member(String name, String kind, int startLine, int endLine, int lines, List<String> params,
    boolean published, boolean deprecated) {
  public Member {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (startLine < 1 || endLine < startLine || lines != endLine - startLine + 1) {
      throw new IllegalArgumentException(name + ": bad line range " + startLine + ".." + endLine);
    }
    params = params == null ? List.of() : List.copyOf(params);
  }

  public static Member of(String name, String kind, int startLine, int endLine, List<String> params) {
    return new Member(name, kind, startLine, endLine, endLine - startLine + 1, params, false, false);
  }

  /** This member as part of its type's published API. */
  public Member asPublished() {
    return new Member(name, kind, startLine, endLine, lines, params, true, deprecated);
  }

  /** This member as deprecated. */
  public Member asDeprecated() {
    return new Member(name, kind, startLine, endLine, lines, params, published, true);
  }

  /** The name without the type it belongs to: {@code invoice} for {@code Billing.invoice}. */
  public String simpleName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** The simple name without an overload's line: {@code put} for {@code Map.put@120}. */
  public String plainName() {
    String simple = simpleName();
    int at = simple.indexOf('@');
    return at < 0 ? simple : simple.substring(0, at);
  }

  /** The type that declares it, or empty for a top-level member. */
  public String owner() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }
}
