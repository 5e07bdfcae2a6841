package dev.perfscope.lang;

import java.util.Arrays;

/**
 * A file's decoded text with its line structure. A line ends at LF, CRLF or a lone CR; a last line without
 * a terminator still counts, and an empty text has no lines. Lines are numbered from 1.
 */
public final class SourceText {
  private final String text;
  private final boolean byteOrderMark;
  private final int[] lineStarts;

  public SourceText(String text) {
    this.byteOrderMark = text.startsWith("\uFEFF");
    this.text = byteOrderMark ? text.substring(1) : text;
    this.lineStarts = findLineStarts(this.text);
  }

  private static int[] findLineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i++;
      }
      i++;
    }
    return Arrays.copyOf(starts, count);
  }

  public String text() {
    return text;
  }

  /** Whether the file began with a byte order mark (removed from {@link #text()}). */
  public boolean hadByteOrderMark() {
    return byteOrderMark;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line holding the character at {@code offset}. */
  public int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The offset just past line {@code line}'s content, before its terminator. */
  public int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** Whether line {@code line} holds only whitespace. */
  public boolean isBlank(int line) {
    for (int i = lineStart(line), end = lineEnd(line); i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
