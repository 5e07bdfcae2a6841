package dev.perfscope.lang;

/**
 * Where a type or unit is declared: from its first line (annotations, decorators, modifiers) through the line
 * of its name to its last line. Suppression comments attach to declarations by these lines.
 */
public record Declaration(int firstLine, int nameLine, int endLine) {
  public Declaration {
    if (firstLine < 1 || nameLine < firstLine || endLine < nameLine) {
      throw new IllegalArgumentException("bad declaration lines " + firstLine + "/" + nameLine + "/" + endLine);
    }
  }
}
