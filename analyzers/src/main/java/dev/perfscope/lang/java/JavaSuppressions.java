package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.perfscope.lang.Declaration;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.SuppressionComments;
import dev.perfscope.model.Suppression;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A Java file's suppressions: {@code @SuppressWarnings("perf")} or {@code @SuppressWarnings("perf:cyclomatic")}
 * on a type or a method or constructor (the reason is a {@code //} comment on the annotation's line), and
 * {@code perf: ignore} comments on the declarations' lines or in the file header.
 */
final class JavaSuppressions {
  private static final String ALL = "perf";
  private static final String ONE = "perf:";

  private JavaSuppressions() {}

  /** From the file's types, methods and constructors in source order ({@link UnitFinder#declarations}). */
  static List<Suppression> of(List<BodyDeclaration<?>> named, SourceText source, BitSet codeLines) {
    List<Declaration> declarations = new ArrayList<>();
    List<Suppression> found = new ArrayList<>();
    for (BodyDeclaration<?> declaration : named) {
      int first = declaration.getBegin().orElseThrow().line;
      int name = ((NodeWithSimpleName<?>) declaration).getName().getBegin().orElseThrow().line;
      int end = declaration.getEnd().orElseThrow().line;
      declarations.add(new Declaration(first, name, end));
      declaration.getAnnotationByName("SuppressWarnings")
          .ifPresent(a -> annotated(a, first, end, source).ifPresent(found::add));
    }
    found.addAll(SuppressionComments.find(source, codeLines, declarations));
    return found;
  }

  private static Optional<Suppression> annotated(AnnotationExpr annotation, int first, int end,
      SourceText source) {
    List<String> values = annotation.findAll(StringLiteralExpr.class).stream()
        .map(StringLiteralExpr::getValue).filter(v -> v.equals(ALL) || v.startsWith(ONE)).toList();
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<String> rules = values.contains(ALL) ? List.of() : values.stream().map(v -> v.substring(ONE.length())).toList();
    return Optional.of(new Suppression(first, end, rules, reasonOn(annotation, source), false));
  }

  /** The {@code //} comment ending the annotation's last line, if any. */
  private static String reasonOn(Node annotation, SourceText source) {
    int line = annotation.getEnd().orElseThrow().line;
    String text = source.text().substring(source.lineStart(line), source.lineEnd(line));
    int comment = text.indexOf("//", annotation.getEnd().orElseThrow().column);
    return SuppressionComments.reason(comment < 0 ? "" : text.substring(comment + 2));
  }
}
