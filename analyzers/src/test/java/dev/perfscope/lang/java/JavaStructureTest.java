package dev.perfscope.lang.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Block;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import dev.perfscope.model.Structure;
import dev.perfscope.model.Subclass;
import dev.perfscope.model.UnitNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure Java gives advice: members with their lines, edges by name, and blocks with reads and writes. */
class JavaStructureTest {
  private static Structure of(String fixture) throws IOException {
    String text = Files.readString(Path.of("src/test/resources/fixtures/advice", fixture));
    return new JavaAnalyzer().analyze(new SourceText(text)).structure();
  }

  @Test
  void membersAndEdgesByName() throws IOException {
    Structure s = of("GitHttpHelper.java");
    assertThat(s.members()).extracting(Member::name).contains("GitHttpHelper.gitDir", "GitHttpHelper.runGit");
    Member runGit = s.members().stream().filter(m -> m.name().equals("GitHttpHelper.runGit")).findFirst().orElseThrow();
    assertThat(runGit.kind()).isEqualTo("method");
    assertThat(runGit.params()).containsExactly("args");
    assertThat(runGit.lines()).isEqualTo(7);
    assertThat(s.edges()).contains(
        new Edge("GitHttpHelper.gitLog", "GitHttpHelper.runGit", "call", 1),
        new Edge("GitHttpHelper.gitLog", "GitHttpHelper.gitCalls", "field", 1),
        new Edge("GitHttpHelper.send", "GitHttpHelper.baseUrl", "field", 1));
    assertThat(s.edges()).noneMatch(e -> e.from().startsWith("GitHttpHelper.http")
        && e.to().startsWith("GitHttpHelper.git"));
  }

  @Test
  void declaresItsTopLevelTypesAndUsesTheTypesItNames() {
    Structure s = new JavaAnalyzer().analyze(new SourceText("""
        package shop;
        import java.util.List;
        import static shop.tax.Rates.vat;
        import java.io.*;
        class Billing {
          class Line {}
          List<Line> lines;
          Object f() { return Cart.EMPTY + Prices.of(1) + String.valueOf(vat()); }
        }
        record Receipt(Billing billing) {}
        """)).structure();
    assertThat(s.declares()).containsExactly("shop.Billing", "shop.Receipt");
    assertThat(s.uses()).containsExactlyInAnyOrder("java.util.List", "shop.tax.Rates.vat",
        "shop.Cart", "java.lang.Cart", "shop.Prices", "java.lang.Prices", "shop.String", "java.lang.String",
        "shop.Object", "java.lang.Object");
  }

  @Test
  void itsClassesThatExtendAClassNameTheInstanceMethodsTheyDeclare() {
    Structure s = new JavaAnalyzer().analyze(new SourceText("""
        package coll.map;
        import java.util.AbstractMap;
        class LinkedMap extends HashedMap {
          LinkedMap() {}
          protected void addEntry(Object e) {}
          protected void addEntry(Object e, int i) {}
          public Object clone() { return null; }
          private void link() {}
          static LinkedMap empty() { return null; }
          class View extends java.util.AbstractSet {
            public int size() { return 0; }
          }
          class KeyView extends View {
            public int size() { return 1; }
          }
          class Entries extends HashedMap.EntrySet {
            public void clear() { }
          }
        }
        interface Sized extends Cloneable { int size(); }
        class Plain extends AbstractMap {
          Object cached = new HashedMap() { protected Object createEntry() { return null; } };
        }
        """)).structure();
    assertThat(s.subclasses()).extracting(Subclass::supertype, Subclass::methods).containsExactlyInAnyOrder(
        tuple("coll.map.HashedMap", List.of("addEntry", "clone")),
        tuple("java.util.AbstractSet", List.of("size")),
        tuple("coll.map.LinkedMap.View", List.of("size")),
        tuple("coll.map.HashedMap.EntrySet", List.of("clear")),
        tuple("coll.map.HashedMap", List.of("createEntry")));
  }

  @Test
  void aPublicTypeThatDocumentsTheVersionItAppearedInIsALibrarysApi() {
    String versioned = """
        /**
         * Utilities.
         *
         * @since 1.0
         */
        @SuppressWarnings("deprecation")
        public class MapUtils { }
        """;
    assertThat(new JavaAnalyzer().analyze(new SourceText(versioned)).structure().versionedApi()).isTrue();
    assertThat(new JavaAnalyzer().analyze(new SourceText(versioned.replace("public class", "class")))
        .structure().versionedApi()).isFalse();
    assertThat(new JavaAnalyzer().analyze(new SourceText(versioned.replace("@since 1.0", "Since 1.0.")))
        .structure().versionedApi()).isFalse();
  }

  @Test
  void aFileIsDeprecatedWhenEveryTopLevelTypeIs() {
    assertThat(new JavaAnalyzer().analyze(new SourceText("""
        @Deprecated
        public class StrBuilder { void append() {} }
        @java.lang.Deprecated
        class StrMatcher {}
        """)).structure().deprecated()).isTrue();
    assertThat(new JavaAnalyzer().analyze(new SourceText("""
        @Deprecated
        public class StrBuilder { void append() {} }
        class TextStringBuilder {}
        """)).structure().deprecated()).isFalse();
  }

  @Test
  void aUnitsWidestDispatchIsItsLargestSwitchOrElseIfChain() {
    Structure structure = new JavaAnalyzer().analyze(new SourceText("""
        class Lexer {
          int kind(char c) {
            switch (c) {
              case 'a', 'b' -> { return 1; }
              case 'c' -> { return 2; }
              case 'd' -> { return 3; }
              default -> { return 0; }
            }
          }
          int sign(int x) {
            if (x < 0) {
              return -1;
            } else if (x == 0) {
              return 0;
            } else if (x < 10) {
              return 1;
            } else {
              return 2;
            }
          }
          Runnable later() {
            return new Runnable() {
              public void run() {
                switch (1) { case 1: break; case 2: break; case 3: break; }
              }
            };
          }
        }
        """)).structure();
    // kind: three case groups (default is no arm); sign: four branches; later: none of its own (run's is run's)
    assertThat(structure.notesAt(2)).isEqualTo(new UnitNotes(0, 0, 3, 3));
    assertThat(structure.notesAt(10)).isEqualTo(new UnitNotes(0, 0, 11, 4));
    assertThat(structure.notesAt(21)).isEqualTo(UnitNotes.NONE);
    assertThat(structure.notesAt(23)).isEqualTo(new UnitNotes(0, 0, 24, 3));
  }

  @Test
  void thePublicAndProtectedMembersOfAPublicTypeAreItsPublishedApi() {
    Structure s = new JavaAnalyzer().analyze(new SourceText("""
        package shop;
        public class Cart {
          public static final int MAX = 9;
          protected int size;
          int count;
          private long total;
          public Cart() {}
          public int add(int n) { return n; }
          private int check(int n) { return n; }
          public static class Line {}
          interface Hook { void run(); }
        }
        interface Rates { double vat(); }
        """)).structure();
    assertThat(s.members().stream().filter(Member::published).map(Member::name))
        .containsExactly("Cart.MAX", "Cart.size", "Cart.Cart", "Cart.add", "Cart.Line");

    Structure api = new JavaAnalyzer().analyze(new SourceText("""
        public interface Shop {
          int open();
          private int helper() { return 1; }
          enum Mode { ON, OFF }
        }
        """)).structure();
    assertThat(api.members().stream().filter(Member::published).map(Member::name))
        .containsExactly("Shop.open", "Shop.Mode");
  }

  @Test
  void importsUsedAreEdges() throws IOException {
    assertThat(of("Twins.java").edges())
        .contains(new Edge("Twins.names", "java.util.ArrayList", "import", 1))
        .contains(new Edge("Twins.temperatures", "java.util.List", "import", 1));
  }

  @Test
  void blocksCarryTheirShareOfCognitiveComplexityAndTheirInputsAndResults() throws IOException {
    Structure s = of("Pricing.java");
    Block discount = s.blocks().stream().filter(b -> b.startLine() == 27).findFirst().orElseThrow();
    assertThat(discount.endLine()).isEqualTo(35);
    assertThat(discount.cognitive()).isEqualTo(7);
    assertThat(discount.reads()).containsExactlyInAnyOrder("discount", "member", "price", "quantity");
    assertThat(discount.writes()).containsExactly("price");
    assertThat(s.blocks()).as("blocks that return cannot be extracted as they are")
        .noneMatch(b -> b.startLine() <= 44 && b.endLine() >= 45);
  }

  @Test
  void callsThroughAVariableOfTheFilesTypeUseItsMembers() {
    Structure s = new JavaAnalyzer().analyze(new SourceText("""
        class Shelf {
          int count;
          int size() { return count; }
          void clear() { count = 0; }
          static class View {
            private final Shelf shelf;
            View(Shelf shelf) { this.shelf = shelf; }
            int size() { return shelf.size() + shelf.count; }
          }
          static class Label {
            String text(String shelf) { return shelf.trim() + shelf.length(); }
          }
          static class Mixed {
            Object clear(Shelf shelf) { return shelf; }
            void clear(Object shelf) { shelf.clear(); }
          }
        }
        """)).structure();
    assertThat(s.edges()).filteredOn(e -> !e.isImport()).extracting(Edge::from, Edge::to, Edge::kind)
        .containsExactlyInAnyOrder(
            tuple("Shelf.size", "Shelf.count", "field"),
            tuple("Shelf.clear", "Shelf.count", "field"),
            tuple("Shelf.View", "Shelf.size", "call"),
            tuple("Shelf.View", "Shelf.count", "field"));
  }
}
