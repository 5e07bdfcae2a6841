package dev.perfscope.lang.java;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.perfscope.model.CodeTokens;
import java.util.Optional;

/**
 * A Java file's {@link CodeTokens}, from the tokens JavaParser already kept: from the first type (or module)
 * declaration on, so that the package line and the imports never make two files look alike; comments and
 * whitespace left out; names ({@code IDENTIFIER}) and literals (numbers, characters, strings, text blocks,
 * and whatever else JavaParser counts as a literal) each folded into one code, {@code ;}, <code>{</code> and
 * <code>}</code> given the codes of statement and block ends, every other token kept by its kind.
 */
final class JavaTokens {
  private JavaTokens() {}

  static CodeTokens of(CompilationUnit unit) {
    Optional<JavaToken> first = firstDeclaration(unit).flatMap(Node::getTokenRange).map(range -> range.getBegin());
    CodeTokens.Builder tokens = new CodeTokens.Builder();
    for (JavaToken token = first.orElse(null); token != null; token = token.getNextToken().orElse(null)) {
      JavaToken.Category category = token.getCategory();
      if (category.isWhitespaceOrComment() || token.getKind() == JavaToken.Kind.EOF.getKind()
          || token.getRange().isEmpty()) {
        continue;
      }
      tokens.add(code(token, category), token.getRange().get().begin.line);
    }
    return tokens.build();
  }

  private static Optional<? extends Node> firstDeclaration(CompilationUnit unit) {
    if (!unit.getTypes().isEmpty()) {
      return Optional.of(unit.getType(0));
    }
    return unit.getModule();
  }

  private static int code(JavaToken token, JavaToken.Category category) {
    if (category.isIdentifier()) {
      return CodeTokens.NAME;
    }
    if (category.isLiteral()) {
      return CodeTokens.LITERAL;
    }
    int kind = token.getKind();
    if (kind == JavaToken.Kind.SEMICOLON.getKind()) {
      return CodeTokens.END;
    }
    if (kind == JavaToken.Kind.LBRACE.getKind()) {
      return CodeTokens.OPEN;
    }
    if (kind == JavaToken.Kind.RBRACE.getKind()) {
      return CodeTokens.CLOSE;
    }
    return CodeTokens.FIRST_KIND + kind; // JavaParser's kinds run to 151
  }
}
