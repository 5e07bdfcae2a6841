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
  void membersAreFunctionsTypesMethodsNamedByTheirTypeAndValueDeclarations() throws IOException {
    assertThat(fixture().members()).containsExactly(
        Member.of("Small", "field", 10, 13, List.of()),
        Member.of("cache", "field", 15, 15, List.of()),
        Member.of("Cart", "type", 17, 20, List.of()),
        Member.of("Item", "type", 22, 25, List.of()),
        Member.of("NewCart", "function", 27, 29, List.of("owner")),
        Member.of("Cart.Add", "method", 31, 34, List.of("item")),
        Member.of("describe", "function", 36, 38, List.of("c")),
        Member.of("Cart.Total", "method", 40, 63, List.of("discount", "member")));
  }

  @Test
  void edgesAreUsesByNameSelectorsThroughTheReceiverOrOfOneTypeAndImportsByPath() throws IOException {
    assertThat(fixture().edges()).containsExactly(
        new Edge("Cart", "Item", "type", 1),
        new Edge("NewCart", "Cart", "type", 2), // the result and the literal; its key owner names a field
        new Edge("NewCart", "strings", "import", 1), // imported as str
        new Edge("describe", "Cart", "type", 1),
        new Edge("describe", "fmt", "import", 1),
        new Edge("describe", "Cart", "field", 2), // c.owner, c.items: fields only Cart has
        new Edge("Cart.Add", "Cart", "type", 1), // its receiver's type
        new Edge("Cart.Add", "Item", "type", 1),
        new Edge("Cart.Add", "Cart", "field", 2), // through the receiver
        new Edge("Cart.Add", "cache", "field", 1),
        new Edge("Cart.Add", "Item", "field", 1),
        new Edge("Cart.Total", "Cart", "type", 1),
        new Edge("Cart.Total", "Cart", "field", 1),
        new Edge("Cart.Total", "Item", "field", 2),
        new Edge("Cart.Total", "Small", "field", 2), // Small and Large, one const group
        new Edge("Cart.Total", "fmt", "import", 1));
  }

  @Test
  void aSelectorReachesItsReceiversTypeElseTheOneMemberSoNamedAndNoneWhenSeveralTypesHaveOne() {
    Structure s = of("package p\n\ntype A struct{ n int }\n\ntype B struct{ n int }\n\nfunc (A) Close() {}\n\n"
        + "func (B) Close() {}\n\nfunc (A) Flush() {}\n\nfunc (b B) use(a A) {\n\ta.Flush()\n\ta.Close()\n"
        + "\tb.Close()\n\t_ = b.n + a.n\n}\n");
    assertThat(s.edges()).filteredOn(e -> e.from().equals("B.use")).containsExactly(
        new Edge("B.use", "B", "type", 1), new Edge("B.use", "A", "type", 1), new Edge("B.use", "A.Flush", "call", 1),
        new Edge("B.use", "B.Close", "call", 1), new Edge("B.use", "B", "field", 1)); // b.n; a.n could be A's or B's
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
  void aClosureBoundToALocalHidesTheFunctionOfThatName() {
    Structure s = of("package p\n\nfunc (b *Buffer) Reset() {\n\tparse := func() {}\n\tparse()\n}\n\n"
        + "func parse() {}\n");
    assertThat(s.members()).containsExactly(
        Member.of("Buffer.Reset", "method", 3, 6, List.of()),
        Member.of("parse", "function", 8, 8, List.of()));
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
  void aPartOfASplitOrANewHomeIsAFileOfThePackageAndATestFileStaysOne() {
    assertThat(GoFile.at("net/http/server.go").partFile("handler")).isEqualTo("server_handler.go");
    assertThat(GoFile.at("fd_linux_test.go").partFile("poll")).isEqualTo("fd_poll_linux_test.go");
    assertThat(GoFile.at("h2_bundle.go").partFile("frame")).isEqualTo("h2_bundle_frame.go");
    assertThat(GoFile.at("server.go").partFile("chunkWriter")).isEqualTo("server_chunk_writer.go");
    assertThat(GoFile.at("server.go").partFile("HTTPServer")).isEqualTo("server_http_server.go");
    assertThat(GoFile.at("server.go").stayingFile()).isEqualTo("server.go");
    assertThat(GoFile.at("server.go").partsShareScope()).isTrue();
    assertThat(GoFile.at("server.go").siblingFile("header_utils")).isEqualTo("header_utils.go");
    assertThat(GoFile.at("server_test.go").siblingFile("header_utils")).isEqualTo("header_utils_test.go");
  }
}
