package dev.perfscope.lang.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.CommentsCollection;
import com.github.javaparser.ast.comments.JavadocComment;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whether a public top-level type of a file documents the version it appeared in: a {@code @since} tag in the
 * Javadoc right before it, as libraries that keep their published API stable write it (Apache Commons, the JDK).
 * Comments are not attributed to nodes (that costs parse time), so the Javadoc is the last one ending before the
 * type's first line, after the file's imports.
 */
final class VersionedApi {
  private VersionedApi() {}

  static boolean of(CompilationUnit unit, Optional<CommentsCollection> comments) {
    if (comments.isEmpty()) {
      return false;
    }
    int afterImports = unit.getImports().stream().mapToInt(i -> i.getEnd().map(p -> p.line).orElse(0)).max()
        .orElse(unit.getPackageDeclaration().flatMap(p -> p.getEnd()).map(p -> p.line).orElse(0));
    for (TypeDeclaration<?> type : unit.getTypes()) {
      int begins = type.getBegin().map(p -> p.line).orElse(0);
      if (type.isPublic() && comments.get().getJavadocComments().stream()
          .filter(javadoc -> ends(javadoc) > afterImports && ends(javadoc) <= begins)
          .max(Comparator.comparingInt(VersionedApi::ends))
          .map(javadoc -> javadoc.getContent().contains("@since")).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static int ends(JavadocComment javadoc) {
    return javadoc.getEnd().map(p -> p.line).orElse(0);
  }
}
