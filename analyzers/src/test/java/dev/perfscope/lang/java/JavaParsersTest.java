package dev.perfscope.lang.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.VarType;
import org.junit.jupiter.api.Test;

class JavaParsersTest {

  @Test
  void semanticRulesAreLeftToTheCompiler() {
    ParseResult<CompilationUnit> parsed = JavaParsers.create().parse("class A extends B, C { private private int x; }");
    assertThat(parsed.getProblems()).isEmpty();
  }

  @Test
  void syntaxErrorsAreStillErrors() {
    assertThat(JavaParsers.create().parse("class A { int x = ; }").getProblems()).isNotEmpty();
  }

  @Test
  void java21SyntaxIsKeptAndVarIsLeftAsAName() {
    CompilationUnit unit = JavaParsers.create().parse("""
        class A {
          record R(int a) {}
          int f(int k) {
            var x = switch (k) { case 1 -> { yield 2; } default -> 3; };
            return x;
          }
        }
        """).getResult().orElseThrow();
    assertThat(unit.findAll(YieldStmt.class)).hasSize(1);
    assertThat(unit.findAll(VarType.class)).isEmpty();
    assertThat(unit.findAll(ClassOrInterfaceType.class, t -> t.getNameAsString().equals("var"))).hasSize(1);
  }
}
