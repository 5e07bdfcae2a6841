package dev.perfscope.lang.javascript;

import java.util.regex.Pattern;

/**
 * Whether a module says it is deprecated: its leading JSDoc comment documents the file ({@code @fileoverview},
 * {@code @file}, {@code @overview} or {@code @module}) and carries {@code @deprecated}, as each of ESLint's 93
 * deprecated rules does ({@code @fileoverview ... @deprecated in ESLint v4.0.0}). A doc comment that opens the file
 * without a file tag documents the first declaration, not the module.
 */
final class ScriptDeprecation {
  private static final Pattern FILE_TAG = Pattern.compile("(?:^|[\\s*])@(?:fileoverview|file|overview|module)\\b");
  private static final Pattern DEPRECATED_TAG = Pattern.compile("(?:^|[\\s*])@deprecated\\b");

  private ScriptDeprecation() {}

  static boolean of(String text) {
    int start = 0;
    if (text.startsWith("\uFEFF")) {
      start = 1;
    }
    if (text.startsWith("#!", start)) { // a script's interpreter line
      int end = text.indexOf('\n', start);
      start = end < 0 ? text.length() : end + 1;
    }
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (!text.startsWith("/**", start)) {
      return false;
    }
    int end = text.indexOf("*/", start + 3);
    String comment = text.substring(start + 3, end < 0 ? text.length() : end);
    return FILE_TAG.matcher(comment).find() && DEPRECATED_TAG.matcher(comment).find();
  }
}
