package dev.perfscope.advice;

import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the parts of a split. A part that is mostly one type (at least half its lines) is named after that type,
 * its principal type ({@code StringSplitter}). Otherwise from its members' dominant vocabulary: the word of the
 * members' names (split at camelCase and underscores) most frequent in the part and rare in the others, e.g.
 * {@code rebase} for {@code rebaseOnto}, {@code rebaseContinue}, {@code abortRebase}. A word that names nothing
 * is never taken: common verbs, the keywords and builtins of Java and Python, the methods every list, dict and
 * string has ({@code append}, {@code items}), and words that qualify rather than name ({@code base},
 * {@code custom}, {@code available}).
 */
final class PartNames {
  private static final Set<String> VERBS = Set.of("get", "set", "is", "has", "to", "of", "new", "the", "a", "an",
      "and", "or", "for", "with", "from", "create", "make", "do", "init", "be", "could", "value", "values", "this", "static",
      "in", "on", "by", "as", "at", "check", "add", "put", "remove", "run", "apply", "impl", "internal", "helper");
  private static final Set<String> QUALIFIERS = Set.of("base", "custom", "available", "abstract", "default",
      "basic", "simple", "generic", "common", "misc", "util", "utils", "helpers", "main", "other", "old", "any",
      "all", "some", "first", "last", "can", "should", "must", "may", "not", "no", "yes", "true", "false", "none",
      "null", "self", "cls", "args", "kwargs", "obj", "data", "info", "item", "items", "issue", "tmp", "temp",
      "foo", "bar", "dummy", "my", "its", "own", "maybe", "try", "ensure", "handle", "process", "do", "done");
  private static final Set<String> PYTHON_BUILTINS = Set.of("abs", "aiter", "anext", "ascii", "bin", "bool",
      "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict",
      "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
      "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list",
      "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print",
      "property", "range", "repr", "reversed", "round", "setattr", "slice", "sorted", "staticmethod", "str",
      "sum", "super", "tuple", "type", "vars", "zip", "append", "extend", "insert", "pop", "update", "keys",
      "copy", "clear", "index", "count", "sort", "join", "split", "strip", "lstrip", "rstrip", "replace",
      "startswith", "endswith", "lower", "upper", "encode", "decode", "lpar", "rpar");
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "double", "else", "enum", "extends", "final",
      "finally", "float", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
      "native", "package", "private", "protected", "public", "return", "short", "strictfp", "super", "switch",
      "synchronized", "throw", "throws", "transient", "void", "volatile", "while", "var", "record", "yield",
      "def", "del", "elif", "except", "global", "lambda", "nonlocal", "pass", "raise", "async", "await", "with",
      "from", "is", "in", "not", "or", "and", "as");
  /** Compiled once: {@code String.split} and {@code replaceFirst} compile their pattern on every call. */
  private static final Pattern OVERLOAD_SUFFIX = Pattern.compile("@\\d+$");
  private static final Pattern WORD_BOUNDARY = Pattern.compile("_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  private PartNames() {}

  /** Whether a word never names a part: a keyword, a builtin, a common verb or a qualifier. */
  static boolean namesNothing(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return VERBS.contains(w) || QUALIFIERS.contains(w) || PYTHON_BUILTINS.contains(w) || KEYWORDS.contains(w);
  }

  /**
   * One name per part of a member graph, distinct: its principal type's name, else a word, else
   * {@code part<n>} when no word stands out.
   */
  static List<String> names(MemberGraph graph, List<List<Integer>> parts) {
    List<String> words = words(parts.stream().map(p -> p.stream().map(i -> graph.member(i).name()).toList()).toList());
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int p = 0; p < parts.size(); p++) {
      String type = principalType(graph, parts.get(p));
      String name = type != null && used.add(type) ? type : words.get(p);
      names.add(name);
    }
    return names;
  }

  /** The type holding at least half the part's lines, unless its name says nothing. */
  private static String principalType(MemberGraph graph, List<Integer> part) {
    int lines = part.stream().mapToInt(graph::lines).sum();
    for (int i : part) {
      Member m = graph.member(i);
      if (m.kind().equals("type") && 2 * graph.lines(i) >= lines
          && wordsOf(m.simpleName()).stream().anyMatch(w -> !namesNothing(w))) {
        return m.simpleName();
      }
    }
    return null;
  }

  /** Whether a part name is a type's name ({@code StringSplitter}) rather than a word ({@code rebase}). */
  static boolean isType(String name) {
    String bare = name.replaceFirst("^_+", "");
    return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
  }

  /**
   * {@code string_splitter} for {@code StringSplitter}, {@code http} for {@code HTTP}, {@code _test_queue} for
   * {@code _TestQueue} (a private class makes a private module).
   */
  static String snakeCase(String type) {
    String words = String.join("_", WORD_BOUNDARY.split(type)).toLowerCase(Locale.ROOT).replaceAll("_+", "_")
        .replaceAll("^_|_$", "");
    return type.startsWith("_") ? "_" + words : words;
  }

  /** One word per part, distinct, or {@code part<n>} when no word stands out. */
  static List<String> words(List<List<String>> parts) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> overall = new HashMap<>();
    for (List<String> part : parts) {
      Map<String, Integer> words = new HashMap<>();
      part.forEach(name -> wordsOf(name).stream().filter(w -> !namesNothing(w))
          .forEach(w -> words.merge(w, 1, Integer::sum)));
      words.forEach((w, c) -> overall.merge(w, c, Integer::sum));
      counts.add(words);
    }
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int p = 0; p < parts.size(); p++) {
      String best = null;
      double bestScore = 0;
      for (Map.Entry<String, Integer> e : counts.get(p).entrySet()) {
        double score = e.getValue() / (1.0 + overall.get(e.getKey()) - e.getValue());
        if (!used.contains(e.getKey()) && (score > bestScore || score == bestScore && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
          bestScore = score;
        }
      }
      String name = best == null ? "part" + (p + 1) : best;
      used.add(name);
      names.add(name);
    }
    return names;
  }

  static List<String> wordsOf(String member) {
    String simple = OVERLOAD_SUFFIX.matcher(member.substring(member.lastIndexOf('.') + 1)).replaceFirst("");
    List<String> words = new ArrayList<>();
    for (String w : WORD_BOUNDARY.split(simple)) {
      String word = w.toLowerCase(Locale.ROOT);
      if (word.length() > 1 && !VERBS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
        words.add(word);
      }
    }
    return words;
  }

  static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
