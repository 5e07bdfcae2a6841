package dev.perfscope.lang.python.parser;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Problem;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PEP 263 coding declaration on line 1 or 2: CPython refuses a module whose declared encoding it does not
 * know, or that starts with a UTF-8 byte order mark but declares another spelling than {@code utf-8}. Python
 * codec names are checked against Java's charsets, with Python's spelling variants.
 */
public final class EncodingCookie {
  private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
  private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(?:#.*)?$");

  private EncodingCookie() {}

  public static Problem check(SourceText source) {
    for (int line = 1; line <= Math.min(2, source.lineCount()); line++) {
      String text = source.text().substring(source.lineStart(line), source.lineEnd(line));
      Matcher cookie = COOKIE.matcher(text);
      if (cookie.find()) {
        String name = cookie.group(1);
        if (!isKnown(name)) {
          return new Problem(line, cookie.start(1) + 1, "unknown encoding: " + name);
        }
        String normal = name.toLowerCase(Locale.ROOT).replace('_', '-');
        boolean utf8 = normal.equals("utf-8") || normal.startsWith("utf-8-");
        return source.hadByteOrderMark() && !utf8
            ? new Problem(line, cookie.start(1) + 1, "encoding problem: " + name + " with BOM")
            : null;
      }
      if (!BLANK_OR_COMMENT.matcher(text).matches()) {
        return null;
      }
    }
    return null;
  }

  private static boolean isKnown(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.matches("latin[-_]?1|l1|iso[-_]latin[-_]1|utf[-_]?8(?:[-_].*)?")) {
      return true;
    }
    for (String candidate : new String[] {lower, lower.replace('_', '-'), lower.replace('-', '_')}) {
      try {
        if (Charset.isSupported(candidate)) {
          return true;
        }
      } catch (IllegalArgumentException illegal) {
        // not a charset name Java accepts; try the next spelling
      }
    }
    return false;
  }
}
