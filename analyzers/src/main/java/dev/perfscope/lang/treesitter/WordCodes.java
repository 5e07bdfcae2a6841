package dev.perfscope.lang.treesitter;

import dev.perfscope.model.CodeTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A language's keywords and operators, each with a {@link CodeTokens} code of its own past
 * {@link CodeTokens#FIRST_KIND}, numbered in the order given; any other text shares {@code FIRST_KIND}. Shared so
 * that every tree-sitter language numbers its words the same way.
 */
public final class WordCodes {
  private final Map<String, Integer> codes = new HashMap<>();

  public WordCodes(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      codes.put(words.get(i), CodeTokens.FIRST_KIND + 1 + i);
    }
  }

  /** The code of a token's {@code text}. */
  public int code(String text) {
    return codes.getOrDefault(text, CodeTokens.FIRST_KIND);
  }
}
