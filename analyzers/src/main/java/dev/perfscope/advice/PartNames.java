package dev.perfscope.advice;

import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the parts of a split, each from what its members are about, in this order:
 * <ol>
 *   <li>its principal type, the type holding at least half its lines ({@code StringSplitter});
 *   <li>its dominant name, the name at least half its members share (overloads: {@code parallel_sort} for ten
 *       {@code parallelSort} and the constant beside them);
 *   <li>its dominant word: the word of the members' names (split at camelCase and underscores) most frequent in the
 *       part and rare in the others, e.g. {@code rebase} for {@code rebaseOnto}, {@code rebaseContinue},
 *       {@code abortRebase}; of words scoring the same, the one more members use (then the first in alphabetical order);
 *   <li>its largest type, then the name most of its members have;
 *   <li>the best word another part already took, numbered ({@code compare2}), so that the name still says what
 *       the part holds; {@code part<n>} only when its members have no word at all.
 * </ol>
 * A word that names nothing is never taken: common verbs, English stop words ({@code more}, {@code than}), the
 * keywords of Java and Python, the methods every list, dict and string has ({@code append}, {@code items}),
 * common abbreviations ({@code func}, {@code op}), fragments of fewer than three letters ({@code bn}), and
 * words that qualify rather than name ({@code base}, {@code custom}, {@code available}). A module's part (a
 * Python or script module of its own) must not take a Python builtin either ({@code enumerate.py},
 * {@code file.py}); a Java part's name is a longer class name ({@code PatternSlice.java}), where a builtin's word
 * is a word like any other.
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
  /** English words that carry no subject: a part about {@code ZeroOrMore} is about nargs, not about "more". */
  private static final Set<String> STOP_WORDS = Set.of("more", "less", "most", "least", "than", "then", "one",
      "two", "three", "zero", "only", "also", "very", "too", "so", "such", "same", "both", "each", "every", "either",
      "neither", "few", "many", "much", "into", "onto", "out", "up", "down", "off", "over", "under", "about",
      "above", "below", "after", "before", "again", "once", "here", "there", "when", "where", "why", "how", "what", "which", "who",
      "whom", "whose", "that", "these", "those", "it", "we", "you", "they", "them", "their", "our", "your", "his",
      "her", "if", "but", "nor", "are", "was", "were", "been", "being", "am", "does", "did", "will", "would",
      "shall", "might", "just", "still", "yet", "via", "per", "without", "within", "upon", "like", "unlike",
      "using", "used", "use", "else", "non", "way", "thing", "things", "stuff", "ok", "okay", "mixed", "various",
      "itself", "themselves", "himself", "herself", "ourselves", "yourself", "myself", "other", "others", "another",
      "any", "anything", "something", "nothing", "everything");
  /** Abbreviations that stand for a word without saying which thing the part is about. */
  private static final Set<String> ABBREVIATIONS = Set.of("func", "fn", "fun", "op", "ops", "eq", "ne", "lt",
      "gt", "le", "ge", "cmp", "str", "val", "var", "vars", "arg", "param", "params", "num", "idx", "ptr", "ctx",
      "cfg", "conf", "aux", "proc", "buf", "fmt", "msg", "ret", "res", "req", "resp", "src", "dst", "elem", "attr",
      "attrs", "prop", "props", "desc", "spec", "repr", "sep", "pos", "cnt", "len", "lst", "dct", "ref", "refs",
      "inst", "mod", "pkg", "lib", "dir", "dirs", "ext", "def", "decl", "expr", "stmt", "tok", "mgr",
      "svc", "objs", "tmpl", "etc");
  private static final Set<String> PYTHON_BUILTINS = Set.of("abs", "aiter", "anext", "ascii", "bin", "bool",
      "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict",
      "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
      "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list",
      "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print",
      "property", "range", "repr", "reversed", "round", "setattr", "slice", "sorted", "staticmethod", "str",
      "sum", "super", "tuple", "type", "vars", "zip",
      // Python 2's builtins, still what a reader takes such a module name for
      "file", "unicode", "long", "xrange", "reduce", "basestring", "buffer", "intern", "coerce", "execfile",
      "reload", "unichr", "raw_input");
  /**
   * The methods of lists, dicts and strings, and black's bracket tokens: incidental words in members' names
   * ({@code append.py} of {@code _maybe_append_string}), but no builtin a module would shadow, so a class named
   * {@code Join} names its module {@code join.py}.
   */
  private static final Set<String> COLLECTION_METHODS = Set.of("append", "extend", "insert", "pop", "update",
      "keys", "copy", "clear", "count", "sort", "join", "split", "strip", "lstrip", "rstrip", "replace",
      "startswith", "endswith", "lower", "upper", "encode", "decode", "lpar", "rpar");
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "double", "else", "enum", "extends", "final",
      "finally", "float", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
      "native", "package", "private", "protected", "public", "return", "short", "strictfp", "super", "switch",
      "synchronized", "throw", "throws", "transient", "void", "volatile", "while", "var", "record", "yield",
      "def", "del", "elif", "except", "global", "lambda", "nonlocal", "pass", "raise", "async", "await", "with",
      "from", "is", "in", "not", "or", "and", "as");
  /** Fewer letters than this and a word is a fragment ({@code bn} of {@code BnM}), not a name. */
  private static final int MIN_WORD = 3;
  /** A type's whole name may be shorter than a word ({@code Wm}), not a letter. */
  private static final int MIN_TYPE_NAME = 2;
  /** Compiled once: {@code String.split} and {@code replaceFirst} compile their pattern on every call. */
  private static final Pattern OVERLOAD_SUFFIX = Pattern.compile("@\\d+$");
  private static final Pattern WORD_BOUNDARY = Pattern.compile("_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  /**
   * Where a type's name breaks into a module's words: as {@link #WORD_BOUNDARY}, but an acronym ends before a word
   * only after two capitals, so that {@code IPv6Address} makes {@code ipv6_address}, not {@code i_pv6_address}.
   * The vocabulary keeps {@link #WORD_BOUNDARY}: on the real splits ({@code bench/real-splits.sh}) this boundary
   * for words too lowered black's agreement with its maintainers (pairwise F1 0.30 to 0.27).
   */
  private static final Pattern MODULE_WORD_BOUNDARY =
      Pattern.compile("_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z][A-Z])(?=[A-Z][a-z])");

  private PartNames() {}

  /**
   * Whether a word never names a part, whatever the language: a keyword, a Python builtin, a common verb, a stop
   * word, an abbreviation, a fragment or a qualifier.
   */
  static boolean namesNothing(String word) {
    return namesNothing(word, true);
  }

  /** The same, with Python's builtins only for a module's part ({@code moduleName}). */
  static boolean namesNothing(String word, boolean moduleName) {
    return word.length() < MIN_WORD || listed(word, moduleName);
  }

  /** Whether a word is one of those that name nothing, whatever its length. */
  private static boolean listed(String word, boolean moduleName) {
    String w = word.toLowerCase(Locale.ROOT);
    return VERBS.contains(w) || QUALIFIERS.contains(w) || STOP_WORDS.contains(w) || ABBREVIATIONS.contains(w)
        || KEYWORDS.contains(w)
        || moduleName && (PYTHON_BUILTINS.contains(w) || COLLECTION_METHODS.contains(w));
  }

  /** One name per part of a member graph, distinct, for module parts (the strictest words). */
  static List<String> names(MemberGraph graph, List<List<Integer>> parts) {
    return names(graph, parts, true);
  }

  /**
   * One name per part of a member graph, distinct ({@link PartNames}): a type's name, a phrase in snake case
   * ({@code parallel_sort}) or a word.
   */
  static List<String> names(MemberGraph graph, List<List<Integer>> parts, boolean moduleNames) {
    return names(graph, parts, moduleNames, Set.of());
  }

  /**
   * The same, with a part holding one of the types {@code principals} named after it first: the class a part was
   * made for ({@link ClassModules}), however few of the part's lines it holds.
   */
  static List<String> names(MemberGraph graph, List<List<Integer>> parts, boolean moduleNames, Set<Integer> principals) {
    return names(graph, parts, moduleNames, principals, Set.of());
  }

  /**
   * The same, no part named by a word of {@code pathWords}, which the file's folders say already: pip's
   * {@code utils/misc.py} makes no {@code misc/pip.py}.
   */
  static List<String> names(MemberGraph graph, List<List<Integer>> parts, boolean moduleNames, Set<Integer> principals,
      Set<String> pathWords) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    List<Map<String, Integer>> users = new ArrayList<>();
    Map<String, Integer> overall = new HashMap<>();
    for (List<Integer> part : parts) {
      Map<String, Integer> words = new HashMap<>();
      Map<String, Integer> members = new HashMap<>();
      for (int i : part) {
        List<String> own = wordsOf(graph.member(i).name()).stream()
            .filter(w -> !namesNothing(w, moduleNames) && !pathWords.contains(w)).toList();
        own.forEach(w -> words.merge(w, 1, Integer::sum));
        own.stream().distinct().forEach(w -> members.merge(w, 1, Integer::sum));
      }
      words.forEach((w, c) -> overall.merge(w, c, Integer::sum));
      counts.add(words);
      users.add(members);
    }
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int p = 0; p < parts.size(); p++) {
      List<Integer> part = parts.get(p);
      List<Integer> chosen = part.stream().filter(principals::contains).toList();
      String name = firstUnused(used,
          principalType(graph, chosen, moduleNames),
          listedType(graph, chosen, moduleNames, used),
          principalType(graph, part, moduleNames),
          dominantName(graph, part, moduleNames, true),
          bestWord(counts.get(p), users.get(p), overall, used),
          largestType(graph, part, moduleNames),
          dominantName(graph, part, moduleNames, false));
      if (name == null) {
        String taken = bestWord(counts.get(p), users.get(p), overall, Set.of());
        name = taken != null ? numbered(taken, used) : listedType(graph, part, moduleNames, used);
      }
      if (name == null) {
        name = "part" + (p + 1);
      }
      used.add(name);
      names.add(name);
    }
    return names;
  }

  private static String firstUnused(Set<String> used, String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !used.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** {@code compare2} when {@code compare} is taken, {@code compare3} when both are. */
  private static String numbered(String word, Set<String> used) {
    int n = 2;
    while (used.contains(word + n)) {
      n++;
    }
    return word + n;
  }

  /** The word most frequent in the part and rare in the others; of equal scores, the one in more members. */
  private static String bestWord(Map<String, Integer> counts, Map<String, Integer> users, Map<String, Integer> overall,
      Set<String> used) {
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String word = e.getKey();
      double score = e.getValue() / (1.0 + overall.get(word) - e.getValue());
      if (!used.contains(word) && (score > bestScore || score == bestScore && better(word, best, users))) {
        best = word;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean better(String word, String best, Map<String, Integer> users) {
    int byUsers = Integer.compare(users.get(word), users.get(best));
    if (byUsers != 0) {
      return byUsers > 0;
    }
    return word.compareTo(best) < 0;
  }

  /** The type holding at least half the part's lines, unless its name says nothing. */
  private static String principalType(MemberGraph graph, List<Integer> part, boolean moduleNames) {
    int lines = part.stream().mapToInt(graph::lines).sum();
    for (int i : part) {
      if (namedType(graph.member(i), moduleNames) && 2 * graph.lines(i) >= lines) {
        return graph.member(i).simpleName();
      }
    }
    return null;
  }

  /** The part's largest type whose name says something. */
  private static String largestType(MemberGraph graph, List<Integer> part, boolean moduleNames) {
    return part.stream().filter(i -> namedType(graph.member(i), moduleNames))
        .max(Comparator.comparingInt(graph::lines).thenComparing(i -> -i))
        .map(i -> graph.member(i).simpleName()).orElse(null);
  }

  /**
   * The last word before {@code part<n>}: the part's largest type, though its name is a listed word, as a word:
   * a module's with PEP 8's trailing underscore ({@code bdb.py}'s class {@code Breakpoint}, a Python builtin's
   * name, makes {@code bdb/breakpoint_.py}), a class's after the file's name ({@code Base} in
   * {@code Parser.java}: {@code ParserBase.java}).
   */
  private static String listedType(MemberGraph graph, List<Integer> part, boolean moduleNames, Set<String> used) {
    return part.stream().filter(i -> graph.member(i).kind().equals("type"))
        .sorted(Comparator.comparingInt((Integer i) -> -graph.lines(i)).thenComparingInt(i -> i))
        .map(i -> graph.member(i).simpleName().replaceFirst("^_+", ""))
        .filter(name -> name.length() >= MIN_TYPE_NAME)
        .map(name -> snakeCase(name) + (moduleNames ? "_" : ""))
        .filter(word -> !used.contains(word)).findFirst().orElse(null);
  }

  /**
   * A type whose own name says something: not {@code Base}, {@code Default}, {@code _Any}. A short name is no
   * fragment when it is a type's whole name: tkinter's window-manager mixin {@code Wm} makes {@code wm.py}.
   */
  private static boolean namedType(Member m, boolean moduleNames) {
    String name = m.simpleName().replaceFirst("^_+", "");
    return m.kind().equals("type") && name.length() >= MIN_TYPE_NAME && (!listed(name, moduleNames)
        || COLLECTION_METHODS.contains(name.toLowerCase(Locale.ROOT)) && !listed(name, false));
  }

  /**
   * The name the most members of the part share, overloads counted once each ({@code parallelSort@524} is
   * {@code parallelSort}), in snake case: with {@code half}, only if at least half the members and two of them
   * share it. A name that is one word naming nothing is none.
   */
  private static String dominantName(MemberGraph graph, List<Integer> part, boolean moduleNames, boolean half) {
    Map<String, Integer> byName = new java.util.TreeMap<>();
    for (int i : part) {
      if (!graph.member(i).kind().equals("type")) {
        byName.merge(OVERLOAD_SUFFIX.matcher(graph.member(i).simpleName()).replaceFirst(""), 1, Integer::sum);
      }
    }
    return byName.entrySet().stream()
        .filter(e -> !half || e.getValue() >= 2 && 2 * e.getValue() >= part.size())
        .max(Map.Entry.comparingByValue())
        .map(e -> phrase(e.getKey()))
        .filter(phrase -> phrase.contains("_") ? !namesNothing(phrase.replace("_", ""), moduleNames)
            : !namesNothing(phrase, moduleNames))
        .orElse(null);
  }

  /** {@code copy_of_range} for {@code copyOfRange}, {@code parse_editable} for {@code _parse_editable}. */
  static String phrase(String name) {
    return String.join("_", WORD_BOUNDARY.split(name.replaceFirst("^_+", ""))).toLowerCase(Locale.ROOT)
        .replaceAll("_+", "_").replaceAll("_$", "");
  }

  /** Whether a part name is a type's name ({@code StringSplitter}) rather than a word ({@code rebase}). */
  static boolean isType(String name) {
    String bare = name.replaceFirst("^_+", "");
    return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
  }

  /**
   * {@code string_splitter} for {@code StringSplitter}, {@code http} for {@code HTTP}, {@code http_connection} for
   * {@code HTTPConnection}, {@code ipv6_address} for {@code IPv6Address}, {@code _test_queue} for {@code _TestQueue}
   * (a private class makes a private module).
   */
  static String snakeCase(String type) {
    String words = String.join("_", MODULE_WORD_BOUNDARY.split(type)).toLowerCase(Locale.ROOT).replaceAll("_+", "_")
        .replaceAll("^_|_$", "");
    return type.startsWith("_") ? "_" + words : words;
  }

  /**
   * The words of a file's folders ({@code src}, {@code pip}, {@code internal}, {@code utils} of pip's
   * {@code src/pip/_internal/utils/misc.py}), which say where the parts are already. Not its name's: those often
   * are the very subjects its parts are about ({@code git_http.py} makes {@code git_http/http.py}).
   */
  static Set<String> pathWords(String path) {
    Set<String> words = new HashSet<>();
    String[] segments = path.split("/");
    for (int s = 0; s < segments.length - 1; s++) {
      WORD_BOUNDARY.splitAsStream(segments[s]).filter(w -> !w.isEmpty())
          .forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
    }
    return words;
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

  /** {@code CopyOfRange} for the phrase {@code copy_of_range}: a part's name within a class name. */
  static String camel(String phrase) {
    StringBuilder name = new StringBuilder();
    for (String word : phrase.split("_")) {
      name.append(capitalized(word));
    }
    return name.toString();
  }
}
