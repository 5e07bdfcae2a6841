package dev.perfscope.lang.go;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Block;
import dev.perfscope.model.CodeTokens;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import dev.perfscope.model.Structure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure Go gives advice: members (a type with its methods), edges by name, blocks, imports and tokens. */
class GoStructureTest {
  private static Structure of(String text) {
    return new GoAnalyzer().analyze(new SourceText(text)).structure();
  }

  private static Structure fixture() throws IOException {
    return of(Files.readString(Path.of("src/test/resources/fixtures/advice/structure.go")));
  }

  @Test
  void membersAreFunctionsTypesWithTheirMethodsAndValueDeclarations() throws IOException {
    assertThat(fixture().members()).containsExactly(
        Member.of("Small", "field", 10, 13, List.of()),
        Member.of("cache", "field", 15, 15, List.of()),
        // lines 17-20, Add 31-34 and Total 40-63, with Item, NewCart and describe between them
        new Member("Cart", "type", 17, 63, 4 + 4 + 24, List.of()),
        Member.of("Item", "type", 22, 25, List.of()),
        Member.of("NewCart", "function", 27, 29, List.of("owner")),
        Member.of("describe", "function", 36, 38, List.of("c")));
  }

  @Test
  void edgesAreUsesByNameSelectorsOfOneTypeAndImportsByPath() throws IOException {
    assertThat(fixture().edges()).containsExactly(
        new Edge("Cart", "Item", "type", 2),
        new Edge("Cart", "cache", "field", 1),
        new Edge("Cart", "Item", "field", 3), // item.name (twice), item.price: fields only Item has
        new Edge("Cart", "Small", "field", 2), // Small and Large, one const group
        new Edge("Cart", "fmt", "import", 1),
        new Edge("NewCart", "Cart", "type", 2), // the result and the literal; its key owner is a field
        new Edge("NewCart", "strings", "import", 1), // imported as str
        new Edge("describe", "Cart", "type", 1),
        new Edge("describe", "fmt", "import", 1),
        new Edge("describe", "Cart", "field", 2));
  }

  @Test
  void blocksCarryTheirShareOfCognitiveComplexityAndTheirInputsAndResults() throws IOException {
    assertThat(fixture().blocks()).containsExactly(
        new Block("Cart.Total", 50, 56, 6, List.of("member", "count", "total", "discount"), List.of("total")),
        new Block("Cart.Total", 51, 55, 5, List.of("count", "total", "discount"), List.of("total")),
        new Block("Cart.Total", 41, 48, 3, List.of("c"), List.of("total", "count")),
        new Block("Cart.Total", 43, 48, 3, List.of("c", "total", "count"), List.of("total", "count")),
        new Block("Cart.Total", 52, 54, 3, List.of("total", "discount"), List.of("total")),
        new Block("Cart.Total", 44, 47, 2, List.of("item", "total", "count"), List.of("total", "count")),
        new Block("Cart.Total", 58, 60, 1, List.of("count"), List.of("size")));
  }

  @Test
  void aMethodOfATypeDeclaredElsewhereIsAMemberOfItsOwnAndAClosureOfALocalIsNoEdge() {
    Structure s = of("package p\n\nfunc (b *Buffer) Reset() {\n\tparse := func() {}\n\tparse()\n\tb.Flush()\n}\n\n"
        + "func parse() {}\n");
    assertThat(s.members()).containsExactly(
        Member.of("Buffer.Reset", "method", 3, 7, List.of()),
        Member.of("parse", "function", 9, 9, List.of()));
    assertThat(s.edges()).isEmpty();
  }

  @Test
  void tokensFoldNamesAndLiteralsAndMarkStatementEndsWithOrWithoutSemicolons() {
    CodeTokens lines = of("package p\n\nimport \"fmt\"\n\nfunc f() {\n\ta := 1\n\tfmt.Println(a)\n}\n").tokens();
    CodeTokens semicolons = of("package q\n\nfunc g() { b := 2; fmt.Println(b) }\n").tokens();
    assertThat(lines.codes()).isEqualTo(semicolons.codes()).hasSize(18);
    assertThat(lines.codes()[0]).isNotEqualTo(CodeTokens.NAME); // func
    assertThat(lines.codes()[1]).isEqualTo(CodeTokens.NAME);
    assertThat(lines.codes()[17]).isEqualTo(CodeTokens.END);
  }

  @Test
  void aPartOfASplitIsAFileOfThePackageBeforeTheSuffixesTheGoToolReads() {
    assertThat(GoFile.at("net/http/server.go").partFile("handler")).isEqualTo("server_handler.go");
    assertThat(GoFile.at("fd_linux_test.go").partFile("poll")).isEqualTo("fd_poll_linux_test.go");
    assertThat(GoFile.at("h2_bundle.go").partFile("frame")).isEqualTo("h2_bundle_frame.go");
    assertThat(GoFile.at("server.go").stayingFile()).isEqualTo("server.go");
    assertThat(GoFile.at("server.go").partsShareScope()).isTrue();
  }
}
