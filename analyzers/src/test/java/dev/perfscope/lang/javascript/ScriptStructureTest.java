package dev.perfscope.lang.javascript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Block;
import dev.perfscope.model.CodeTokens;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import dev.perfscope.model.Structure;
import dev.perfscope.model.UnitNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure JavaScript and TypeScript give advice: members, edges by name, blocks, imports and tokens. */
class ScriptStructureTest {
  private static Structure of(String fixture) throws IOException {
    String text = Files.readString(Path.of("src/test/resources/fixtures/advice", fixture));
    return fixture.endsWith(".js") ? javascript(text) : new TypeScriptAnalyzer().analyze(new SourceText(text)).structure();
  }

  private static Structure javascript(String text) {
    return new JavaScriptAnalyzer().analyze(new SourceText(text)).structure();
  }

  @Test
  void moduleMembersAreItsFunctionsVariablesAndExportsButNotItsRequires() throws IOException {
    assertThat(of("structure.js").members()).containsExactly(
        Member.of("LIMIT", "field", 8, 8, List.of()),
        Member.of("load", "function", 10, 12, List.of("name")),
        Member.of("cached", "function", 14, 14, List.of("name")),
        Member.of("price", "function", 16, 38, List.of("items", "discount", "member")),
        Member.of("exports", "field", 40, 40, List.of()));
  }

  @Test
  void aModuleWhoseFileCommentSaysItIsDeprecatedIsDeprecated() {
    String rule = "/**\n * @fileoverview This option sets a specific tab width for your code\n"
        + " * @author Vitaly Puzrin\n * @deprecated in ESLint v4.0.0\n */\n\n\"use strict\";\n\n"
        + "module.exports = { create(context) { return {}; } };\n";
    assertThat(javascript(rule).deprecated()).isTrue();
    assertThat(javascript("#!/usr/bin/env node\n/** @file Old CLI. @deprecated use cli2 */\nrun();\n").deprecated())
        .isTrue();
    // a doc comment of the first declaration, a file comment with no such tag, or the tag further down: not
    assertThat(javascript("/** @deprecated use parse2 */\nexport function parse() {}\nexport function run() {}\n")
        .deprecated()).isFalse();
    assertThat(javascript("/**\n * @fileoverview Rule to flag deprecated APIs.\n */\nrun();\n").deprecated())
        .isFalse();
    assertThat(javascript("/** @fileoverview Helpers. */\n/** @deprecated */\nexport function old() {}\n")
        .deprecated()).isFalse();
  }

  @Test
  void aUnitsWidestDispatchIsItsLargestSwitchOrElseIfChain() {
    Structure structure = javascript("function kind(c) {\n  switch (c) {\n    case 'a': return 1;\n"
        + "    case 'b': return 2;\n    case 'c': return 3;\n    default: return 0;\n  }\n}\n"
        + "function sign(x) {\n  if (x < 0) return -1;\n  else if (x === 0) return 0;\n  else if (x < 9) return 1;\n"
        + "  else return 2;\n}\n"
        + "function outer(x) {\n  const f = (y) => { if (y) { return 1; } else if (!y) { return 2; } else { return 3; } };\n"
        + "  return f(x);\n}\n");
    // kind: three cases (default is no arm); sign: four branches; outer: none of its own (the arrow's is its own)
    assertThat(structure.notesAt(1)).isEqualTo(new UnitNotes(0, 0, 2, 3));
    assertThat(structure.notesAt(9)).isEqualTo(new UnitNotes(0, 0, 10, 4));
    assertThat(structure.notesAt(15)).isEqualTo(UnitNotes.NONE);
    assertThat(structure.notesAt(16)).isEqualTo(new UnitNotes(0, 0, 16, 3));
  }

  @Test
  void edgesAreUsesByNameAndImportsByTheModuleAsWritten() throws IOException {
    assertThat(of("structure.js").edges()).containsExactly(
        new Edge("load", "./config", "import", 1),
        new Edge("load", "node:path", "import", 1),
        new Edge("cached", "load", "call", 1),
        new Edge("price", "LIMIT", "field", 2),
        new Edge("exports", "load", "call", 1),
        new Edge("exports", "cached", "call", 1),
        new Edge("exports", "price", "call", 1));
  }

  @Test
  void blocksCarryTheirShareOfCognitiveComplexityAndTheirInputsAndResults() throws IOException {
    assertThat(of("structure.js").blocks()).containsExactly(
        new Block("price", 26, 35, 4, List.of("member", "discount", "total", "count"), List.of("total")),
        new Block("price", 26, 32, 4, List.of("member", "discount", "total"), List.of("total")),
        new Block("price", 17, 24, 3, List.of("items"), List.of("total", "count")),
        new Block("price", 19, 24, 3, List.of("items", "total", "count"), List.of("total", "count")),
        new Block("price", 27, 31, 3, List.of("discount", "total"), List.of("total")),
        new Block("price", 20, 23, 2, List.of("item", "total", "count"), List.of("total", "count")));
  }

  @Test
  void aBlockThatReturnsIsNoCandidateAndAnAssignmentReadsBeforeItWrites() throws IOException {
    // lines 12-20: a loop that returns; price = price * 0.5 reads price first
    assertThat(of("pricing.ts").blocks()).extracting(Block::startLine, Block::endLine, Block::reads).containsExactly(
        tuple(32, 38, List.of("region")),
        tuple(22, 30, List.of("discount", "member", "price", "quantity")),
        tuple(33, 37, List.of("region")),
        tuple(23, 29, List.of("discount", "member", "price", "quantity")),
        tuple(34, 36, List.of("key", "region", "value")));
  }

  @Test
  void aDominantClassGivesItsMethodsFieldsAndThisProperties() throws IOException {
    Structure s = of("tight-counter.js");
    assertThat(s.members()).extracting(Member::name, Member::kind).containsExactly(
        tuple("TightCounter.unit", "field"),
        tuple("TightCounter.constructor", "constructor"),
        tuple("TightCounter.add", "method"),
        tuple("TightCounter.full", "method"),
        tuple("TightCounter.empty", "method"),
        tuple("TightCounter.average", "method"),
        tuple("TightCounter.reset", "method"),
        tuple("TightCounter.describe", "method"),
        tuple("TightCounter.addAll", "method"),
        tuple("TightCounter.limit", "field"),
        tuple("TightCounter.count", "field"),
        tuple("TightCounter.total", "field"),
        tuple("exports", "field"));
    assertThat(s.edges()).as("this.x, this.f() in code, in template strings and in closures").contains(
        new Edge("TightCounter.describe", "TightCounter.unit", "field", 1),
        new Edge("TightCounter.describe", "TightCounter.average", "call", 1),
        new Edge("TightCounter.describe", "./format", "import", 1),
        new Edge("TightCounter.addAll", "TightCounter.add", "call", 1),
        new Edge("TightCounter.average", "TightCounter.count", "field", 1),
        new Edge("exports", "TightCounter.constructor", "call", 1));
  }

  @Test
  void aNestedFunctionIsABlockReadingWhatItClosesOverAndAnExportedObjectGivesItsFunctions() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      body.append("  total += ").append(i).append(";\n");
    }
    Structure s = javascript("module.exports = {\n  create(context) {\n    let total = 0;\n    const seen = [];\n"
        + "    function report(node) {\n      seen.push(node);\n      context.report(node);\n    }\n\n" + body
        + "    return report;\n  },\n  meta: {},\n};\n");
    assertThat(s.members()).containsExactly(Member.of("create", "function", 2, 31, List.of("context")));
    assertThat(s.blocks()).containsExactly(
        new Block("create", 3, 8, 0, List.of("context"), List.of("total", "report")),
        new Block("create", 5, 8, 0, List.of("seen", "context"), List.of()));
  }

  @Test
  void aNameSetInTheBlockIsAResultUnlessEveryPathAfterItSetsItAgain() {
    StringBuilder filler = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      filler.append("  log(").append(i).append(");\n");
    }
    Structure s = javascript("function f(a, comments) {\n  let token = a;\n  let other = a;\n  if (comments.length) {\n"
        + "    token = comments[0];\n    other = comments[1];\n  }\n  if (a) {\n    token = a;\n  }\n  other = 1;\n"
        + filler + "  return token + other;\n}\n");
    assertThat(s.blocks()).filteredOn(b -> b.startLine() == 4)
        .extracting(Block::reads, Block::writes).containsExactly(tuple(List.of("comments"), List.of("token")));
  }

  @Test
  void usesAreTheRelativeImportsAsAdviceResolvesThem() {
    Structure s = javascript("""
        import a from './a.js';
        import { b as c } from '../lib/b';
        export * from './reexported';
        const d = require('./d.cjs').d;
        const styles = require('./styles.css');
        const react = require('react');
        const here = require('.');
        async function later() { return import('../../up/index.mjs'); }
        """);
    assertThat(s.uses()).containsExactly(".a", "..lib.b", ".reexported", ".d", ".", "...up.index");
    assertThat(s.members()).extracting(Member::name).containsExactly("later");
  }

  @Test
  void copiesWithOtherNamesLiteralsAndSemicolonsReadTheSame() {
    Structure first = javascript("function sum(xs) {\n  let t = 0;\n  for (const x of xs) { t += x * 2; }\n  return t;\n}\n");
    Structure second = javascript("function total(items) {\n  let acc = 1\n  for (const item of items) { acc += item * 3 }\n"
        + "  return acc\n}\n");
    Structure other = javascript("function sum(xs) {\n  let t = 0;\n  for (const x in xs) { t += x * 2; }\n  return t;\n}\n");
    assertThat(first.tokens().codes()).isEqualTo(second.tokens().codes()).isNotEqualTo(other.tokens().codes());
    assertThat(first.tokens().lines()).startsWith(1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2);
  }

  @Test
  void overloadSignaturesAreNoCodeToShare() {
    String overloads = "export function first<T>(xs: T[]): T;\nexport function first<T, D>(xs: T[], d: D): T | D;\n";
    String body = "export function first(xs, d) {\n  return xs.length ? xs[0] : d;\n}\n";
    CodeTokens with = new TypeScriptAnalyzer().analyze(new SourceText(overloads + body)).structure().tokens();
    CodeTokens without = new TypeScriptAnalyzer().analyze(new SourceText(body)).structure().tokens();
    assertThat(with.codes()).isEqualTo(without.codes());
  }
}
