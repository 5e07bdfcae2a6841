package dev.perfscope.lang.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

/**
 * The structure Kotlin gives advice: members (a class kept whole, or a dominant class's own), edges by name,
 * blocks, what the file declares and uses by qualified name, and its tokens.
 */
class KotlinStructureTest {
  private static final String DOMINATED = """
      package p

      class Counter(private val start: Int, step: Int) {
          private var count = start
          init {
              reset()
          }
          constructor() : this(0, 1)
          fun add() {
              count += 1
              this.log()
          }
          fun log() = println(count)
          fun reset() {
              count = start
              helper()
          }
          companion object {
              fun helper() = 0
          }
      }

      fun top() = Counter()
      """;

  private static Structure of(String text) {
    return new KotlinAnalyzer().analyze(new SourceText(text)).structure();
  }

  private static Structure fixture() throws IOException {
    return of(Files.readString(Path.of("src/test/resources/fixtures/advice/structure.kt")));
  }

  @Test
  void membersAreTopLevelFunctionsPropertiesAndTypesKeptWhole() throws IOException {
    assertThat(fixture().members()).containsExactly(
        Member.of("SMALL", "field", 8, 8, List.of()),
        Member.of("cache", "field", 9, 9, List.of()),
        Member.of("Cart", "type", 11, 17, List.of()),
        Member.of("Item", "type", 19, 19, List.of()),
        Member.of("newCart", "function", 21, 21, List.of("owner")),
        Member.of("describe", "function", 23, 23, List.of("c")),
        Member.of("total", "function", 25, 47, List.of("cart", "discount", "member")));
  }

  @Test
  void edgesAreUsesByNameAndImportsByQualifiedName() throws IOException {
    assertThat(fixture().edges()).containsExactly(
        new Edge("cache", "Cart", "type", 1),
        new Edge("Cart", "Item", "type", 2),
        new Edge("Cart", "cache", "field", 1),
        new Edge("newCart", "Cart", "type", 2), // its result type and the constructor call
        new Edge("describe", "Cart", "type", 1), // c.owner: which class owner is of needs types
        new Edge("describe", "shop.money.Money", "import", 1), // imported as Cash
        new Edge("total", "Cart", "type", 1),
        new Edge("total", "SMALL", "field", 2),
        new Edge("total", "kotlin.math.max", "import", 1));
  }

  @Test
  void aDominantClassGivesItsMembersReachedByBareNamesThroughThisAndItsNameAsItsConstructor() {
    Structure s = of(DOMINATED);
    assertThat(s.members()).containsExactly(
        Member.of("Counter.constructor", "constructor", 3, 3, List.of("start", "step")),
        Member.of("Counter.start", "field", 3, 3, List.of()),
        Member.of("Counter.count", "field", 4, 4, List.of()),
        Member.of("Counter.init", "initializer", 5, 7, List.of()),
        Member.of("Counter.constructor@8", "constructor", 8, 8, List.of()),
        Member.of("Counter.add", "method", 9, 12, List.of()),
        Member.of("Counter.log", "method", 13, 13, List.of()),
        Member.of("Counter.reset", "method", 14, 17, List.of()),
        Member.of("Counter.Companion", "type", 18, 20, List.of()),
        Member.of("top", "function", 23, 23, List.of()));
    assertThat(s.edges()).containsExactly(
        new Edge("Counter.count", "Counter.start", "field", 1),
        new Edge("Counter.init", "Counter.reset", "call", 1),
        new Edge("Counter.add", "Counter.count", "field", 1),
        new Edge("Counter.add", "Counter.log", "call", 1), // this.log()
        new Edge("Counter.log", "Counter.count", "field", 1),
        new Edge("Counter.reset", "Counter.count", "field", 1),
        new Edge("Counter.reset", "Counter.start", "field", 1),
        new Edge("Counter.reset", "Counter.Companion", "type", 1), // helper(), the companion's
        new Edge("top", "Counter.constructor", "call", 1));
  }

  @Test
  void aLocalOrAParameterHidesTheMemberOfItsNameAndANamedArgumentNamesNone() {
    Structure s = of("fun parse(limit: Int) = limit\n\nval limit = 3\n\n"
        + "fun use(parse: Int) {\n    val limit = parse\n    check(limit = limit)\n}\n");
    assertThat(s.edges()).isEmpty();
  }

  @Test
  void blocksCarryTheirShareOfCognitiveComplexityAndTheirInputsAndResults() throws IOException {
    assertThat(fixture().blocks()).containsExactly(
        new Block("total", 33, 39, 7, List.of("member", "cart", "discount", "total"), List.of("total")),
        new Block("total", 34, 38, 6, List.of("cart", "discount", "total"), List.of("total")),
        new Block("total", 35, 37, 4, List.of("item", "discount", "total"), List.of("total")),
        new Block("total", 26, 31, 1, List.of("cart"), List.of("total", "count")),
        new Block("total", 28, 31, 1, List.of("cart", "total", "count"), List.of("total", "count")));
  }

  @Test
  void aRunThatReturnsOrBreaksOutIsNoBlockButOneReturningFromItsOwnLambdaIs() {
    String text = """
        fun f(xs: List<Int>): Int {
            var n = 0
            for (x in xs) {
                if (x > 9) {
                    break
                }
                n += x
            }

            xs.forEach {
                if (it > 0) {
                    return@forEach
                }
            }
            n += 1

            xs.forEach {
                if (it > 0) {
                    return n
                }
            }
            n += 2
        """ + "    println(n)\n".repeat(6) + "    return n\n}\n";
    // kept: the loop (3-8), its break its own; the paragraphs 2-8, and 10-15, whose return@forEach leaves a lambda
    // of its own. Left: the if at 4-6 breaks out of the loop around it, the one at 11-13 returns from the lambda
    // around it, the paragraph 17-22 and the if at 18-20 return from f, from inside a lambda
    assertThat(of(text).blocks()).extracting(Block::startLine, Block::endLine).containsExactlyInAnyOrder(
        tuple(3, 8), tuple(2, 8), tuple(10, 15));
  }

  @Test
  void aLocalIsSeenOnlyInTheBlockDeclaringItSoTheSameNameAfterItIsNoResult() {
    String text = """
        fun f(xs: List<Int>) {
            for (x in xs) {
                val queue = x * 2
                println(queue)
            }
            println(queue)
        """ + "    println(xs)\n".repeat(14) + "}\n";
    // queue after the loop is a property of that name, not the loop's local
    assertThat(of(text).blocks()).filteredOn(b -> b.startLine() == 2)
        .containsExactly(new Block("f", 2, 5, 1, List.of("xs"), List.of()));
  }

  @Test
  void declaresItsTopLevelNamesAndUsesItsImportsAndTheNamesOfItsPackageItCalls() throws IOException {
    Structure s = fixture();
    assertThat(s.declares()).containsExactly("shop.cart.SMALL", "shop.cart.cache", "shop.cart.Cart", "shop.cart.Item",
        "shop.cart.newCart", "shop.cart.describe", "shop.cart.total");
    assertThat(s.uses()).startsWith("kotlin.math.max", "shop.money.Money").contains("shop.cart.println")
        .doesNotContain("shop.cart.Cart", "shop.cart.Cash");
  }

  @Test
  void aBareNameIsUsedFromTheFilesPackageAndFromEachPackageImportedWithAStar() {
    Structure s = of("package kx.channels\n\nimport kx.*\nimport kx.flow.map\n\n"
        + "fun produce(job: Job): Send = send(map(job))\n\nclass Send\n");
    assertThat(s.declares()).containsExactly("kx.channels.produce", "kx.channels.Send");
    assertThat(s.uses()).containsExactly("kx.flow.map", "kx.channels.Job", "kx.Job", "kx.channels.send", "kx.send");
  }

  @Test
  void tokensFoldNamesAndLiteralsAndMarkStatementEndsWithOrWithoutSemicolons() {
    CodeTokens lines = of("fun f() {\n    val a = 1\n    println(a)\n}\n").tokens();
    CodeTokens semicolons = of("package q\nimport x.y\nfun g() { val b = 2; println(b) }\n").tokens();
    assertThat(lines.codes()).isEqualTo(semicolons.codes()).hasSize(17);
    assertThat(lines.codes()[1]).isEqualTo(CodeTokens.NAME);
    assertThat(lines.codes()[4]).isEqualTo(CodeTokens.OPEN);
    assertThat(lines.codes()[8]).isEqualTo(CodeTokens.LITERAL);
    assertThat(lines.codes()[9]).isEqualTo(CodeTokens.END);
    assertThat(lines.codes()).endsWith(CodeTokens.END, CodeTokens.CLOSE, CodeTokens.END);
  }

  @Test
  void aPartIsAFileOfThePackageNamedInUpperCamelCaseAfterItsTypeOrItsFile() {
    assertThat(KotlinFile.at("shop/Billing.kt").partFile("TaxRule")).isEqualTo("TaxRule.kt");
    assertThat(KotlinFile.at("shop/Billing.kt").partFile("rounding")).isEqualTo("BillingRounding.kt");
    assertThat(KotlinFile.at("shop/Billing.kt").partFile("copy_of_range")).isEqualTo("BillingCopyOfRange.kt");
    assertThat(KotlinFile.at("Builders.common.kt").partFile("scope")).isEqualTo("BuildersScope.common.kt");
    assertThat(KotlinFile.at("Builders.common.kt").partFile("Deferred")).isEqualTo("Deferred.common.kt");
    assertThat(KotlinFile.at("Billing.kt").stayingFile()).isEqualTo("Billing.kt");
    assertThat(KotlinFile.at("Billing.kt").siblingFile("header_utils")).isEqualTo("HeaderUtils.kt");
    assertThat(KotlinFile.at("Billing.kt").partsShareScope()).isTrue();
    assertThat(KotlinFile.at("Billing.kt").typesSpanFiles()).isFalse();
    assertThat(new KotlinAnalyzer().module("build.gradle.kts")).isEmpty();
  }

  @Test
  void aFileWhosePublicMembersAreAllDeprecatedIsDeprecated() {
    Structure old = of("""
        package kotlinx.coroutines.channels

        @Deprecated(level = DeprecationLevel.HIDDEN, message = "Binary compatibility")
        suspend fun <E> ReceiveChannel<E>.first(): E = receive()

        @kotlin.Deprecated("Use take")
        fun <E> ReceiveChannel<E>.drop(n: Int): ReceiveChannel<E> = this
        """);
    assertThat(old.members()).allMatch(Member::deprecated);
    assertThat(old.deprecated()).isTrue();
    // internal and private helpers the deprecated functions call go with them
    assertThat(of("package demo\n\n@Deprecated(\"Binary compatibility\", level = DeprecationLevel.HIDDEN)\n"
        + "fun old(n: Int): Int = helper() + secret()\n\n@PublishedApi\ninternal fun helper(): Int = 1\n\n"
        + "private fun secret(): Int = 2\n").deprecated()).isTrue();

    Structure mixed = of("""
        package demo

        @Deprecated("Use take")
        fun drop(n: Int): Int = n

        fun take(n: Int): Int = n
        """);
    assertThat(mixed.members()).extracting(Member::name, Member::deprecated)
        .containsExactly(tuple("drop", true), tuple("take", false));
    assertThat(mixed.deprecated()).isFalse();

    Structure oldClass = of("""
        package demo

        @Deprecated("Use Sender")
        class Mailer(val host: String) {
          fun send(to: String): Int = to.length
          fun close() {}
        }
        """);
    assertThat(oldClass.members()).isNotEmpty().allMatch(Member::deprecated);
    assertThat(oldClass.deprecated()).isTrue();
  }
}
