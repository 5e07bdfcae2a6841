package dev.perfscope.advice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the parts of a split from their dominant identifiers: the word of the members' names (split at
 * camelCase and underscores) most frequent in one part and rare in the others, e.g. {@code rebase} for
 * {@code rebaseOnto}, {@code rebaseContinue}, {@code abortRebase}. Common verbs name nothing.
 */
final class PartNames {
  private static final Set<String> NOISE = Set.of("get", "set", "is", "has", "to", "of", "new", "the", "a", "an",
      "and", "or", "for", "with", "from", "create", "make", "do", "init", "value", "values", "this", "static",
      "in", "on", "by", "as", "at", "check", "add", "put", "remove", "run", "apply", "impl", "internal", "helper");
  /** Compiled once: {@code String.split} and {@code replaceFirst} compile their pattern on every call. */
  private static final Pattern OVERLOAD_SUFFIX = Pattern.compile("@\\d+$");
  private static final Pattern WORD_BOUNDARY = Pattern.compile("_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  private PartNames() {}

  /** One word per part, distinct, or {@code part<n>} when no word stands out. */
  static List<String> words(List<List<String>> parts) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> overall = new HashMap<>();
    for (List<String> part : parts) {
      Map<String, Integer> words = new HashMap<>();
      part.forEach(name -> wordsOf(name).forEach(w -> words.merge(w, 1, Integer::sum)));
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
      if (word.length() > 1 && !NOISE.contains(word) && !word.chars().allMatch(Character::isDigit)) {
        words.add(word);
      }
    }
    return words;
  }

  static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
