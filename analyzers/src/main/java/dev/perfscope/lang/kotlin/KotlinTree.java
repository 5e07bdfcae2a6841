package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.treesitter.SyntaxTree;
import dev.perfscope.lang.treesitter.Utf8Offsets;

/** A Kotlin tree with the questions the metrics ask of its nodes (the grammar has no fields: children by kind). */
final class KotlinTree extends SyntaxTree {
  KotlinTree(KotlinGrammar grammar, Utf8Offsets offsets) {
    super(grammar.kinds, offsets);
  }

  /** The first child of {@code node} of {@code kind}, or -1. */
  int childOf(int node, byte kind) {
    for (int c = firstChild(node); c >= 0; c = nextSibling(c)) {
      if (kind(c) == kind) {
        return c;
      }
    }
    return -1;
  }

  /** The text of {@code node} in {@code source}. */
  String text(String source, int node) {
    return source.substring(start(node), end(node));
  }

  /** Whether {@code node} has a child of {@code kind}. */
  boolean has(int node, byte kind) {
    return childOf(node, kind) >= 0;
  }

  /**
   * How many {@code for} loops are left without a body at the end of {@code node}: tree-sitter-kotlin 0.3.8 reads
   * a {@code for} whose body stands on the next line without braces, or is itself a {@code for}, as a loop with no
   * body followed by the body as the next statement; that statement lies inside this many loops.
   */
  int openLoops(int node) {
    if (kind(node) != Kind.FOR) {
      return 0;
    }
    int body = childOf(node, Kind.BODY);
    if (body < 0) {
      return 1;
    }
    int last = -1;
    for (int c = firstChild(body); c >= 0; c = nextSibling(c)) {
      last = c;
    }
    int inner = last < 0 ? 0 : openLoops(last);
    return inner > 0 ? 1 + inner : 0;
  }

  /** The nearest ancestor of {@code node} of {@code kind}, or -1. */
  int ancestor(int node, byte kind) {
    for (int p = parent(node); p >= 0; p = parent(p)) {
      if (kind(p) == kind) {
        return p;
      }
    }
    return -1;
  }

  /**
   * The name a call is made by: {@code f} of {@code f {}}, {@code let} of {@code x?.let {}}, {@code with} of
   * {@code with(x) {}}; -1 for other callees.
   */
  int calleeName(int call) {
    int callee = firstChild(call);
    if (callee < 0) {
      return -1;
    }
    if (isHeadOfCall(callee)) {
      return calleeName(callee);
    }
    if (kind(callee) == Kind.IDENTIFIER) {
      return callee;
    }
    if (kind(callee) == Kind.NAVIGATION) {
      int suffix = -1;
      for (int c = firstChild(callee); c >= 0; c = nextSibling(c)) {
        suffix = kind(c) == Kind.NAVIGATION_SUFFIX ? c : suffix;
      }
      return suffix < 0 ? -1 : childOf(suffix, Kind.IDENTIFIER);
    }
    return -1;
  }

  /**
   * Whether {@code node} is the first half of a call with arguments and a trailing lambda: the grammar reads
   * {@code with(x) { ... }} as the call {@code with(x)} called with the lambda, where Kotlin has one call.
   */
  boolean isHeadOfCall(int node) {
    int parent = parent(node);
    return kind(node) == Kind.CALL && parent >= 0 && kind(parent) == Kind.CALL && firstChild(parent) == node
        && trailingLambda(node) < 0 && trailingLambda(parent) >= 0;
  }

  /** The trailing lambda of a call ({@code f(x) { ... }}), or -1. */
  int trailingLambda(int call) {
    int suffix = childOf(call, Kind.CALL_SUFFIX);
    int annotated = suffix < 0 ? -1 : childOf(suffix, Kind.ANNOTATED_LAMBDA);
    return annotated < 0 ? -1 : childOf(annotated, Kind.LAMBDA);
  }

  /** An if's branches: the first {@code control_structure_body} is its then, the one after {@code else} its else. */
  boolean isElseBranch(int body) {
    int parent = parent(body);
    if (parent < 0 || kind(parent) != Kind.IF) {
      return false; // a when entry's body follows an else too
    }
    for (int c = firstChild(parent); c >= 0 && c != body; c = nextSibling(c)) {
      if (kind(c) == Kind.ELSE_TOKEN) {
        return true;
      }
    }
    return false;
  }

  /** The if of an {@code else if}: the only child of an else branch without braces; -1 for none. */
  int elseIf(int elseBranch) {
    int only = firstChild(elseBranch);
    return only >= 0 && nextSibling(only) < 0 && kind(only) == Kind.IF ? only : -1;
  }
}
