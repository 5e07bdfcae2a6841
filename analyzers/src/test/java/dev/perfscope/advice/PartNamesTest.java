package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Member;
import dev.perfscope.model.Recommendation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartNamesTest {
  @Test
  void aPartIsNamedFromItsVocabularyNeverFromAKeywordBuiltinOrStopWord() {
    List<Member> members = List.of(
        Member.of("append_line", "function", 1, 2, List.of()),
        Member.of("append_comment", "function", 3, 4, List.of()),
        Member.of("comment_text", "function", 5, 6, List.of()),
        Member.of("enumerate_tokens", "function", 7, 8, List.of()),
        Member.of("base_tokens", "function", 9, 10, List.of()),
        Member.of("assert_valid", "function", 11, 12, List.of()));
    MemberGraph graph = new MemberGraph(members, List.of());
    // append, enumerate, base and assert score as high as comment and tokens, and name nothing
    assertThat(PartNames.names(graph, List.of(List.of(0, 1, 2), List.of(3, 4), List.of(5))))
        .containsExactly("comment", "tokens", "valid");
  }

  @Test
  void aPartMostlyOneTypeIsNamedAfterIt() {
    List<Member> members = List.of(
        Member.of("StringSplitter", "type", 1, 30, List.of()),
        Member.of("split_string", "function", 31, 35, List.of()),
        Member.of("merge_strings", "function", 36, 40, List.of()));
    MemberGraph graph = new MemberGraph(members, List.of());
    assertThat(PartNames.names(graph, List.of(List.of(0, 1), List.of(2)))).containsExactly("StringSplitter", "merge");
  }

  @Test
  void aTypesWholeNameIsNoFragmentThoughShortButStillNoKeyword() {
    List<Member> members = List.of(
        Member.of("Wm", "type", 1, 30, List.of()),
        Member.of("wm_title", "function", 31, 35, List.of()),
        Member.of("If", "type", 36, 60, List.of()),
        Member.of("if_branch", "function", 61, 62, List.of()),
        Member.of("X", "type", 63, 90, List.of()),
        Member.of("axis_label", "function", 91, 92, List.of()));
    MemberGraph graph = new MemberGraph(members, List.of());
    // tkinter's window-manager mixin Wm makes wm.py; a class named If or X names no module
    assertThat(PartNames.names(graph, List.of(List.of(0, 1), List.of(2, 3), List.of(4, 5))))
        .containsExactly("Wm", "branch", "axis");
  }

  @Test
  void aTypeNamedByAListedWordNamesItsPartAsALastResortNeverAsThatWord() {
    List<Member> members = List.of(
        Member.of("Bdb", "type", 1, 700, List.of()),
        Member.of("Breakpoint", "type", 701, 820, List.of()));
    MemberGraph graph = new MemberGraph(members, List.of());
    // breakpoint is a Python builtin: bdb.py's Breakpoint makes bdb/breakpoint_.py, as a keyword gets PEP 8's underscore
    assertThat(PartNames.names(graph, List.of(List.of(0), List.of(1)), true)).containsExactly("Bdb", "breakpoint_");
    List<Member> javaMembers = List.of(
        Member.of("Parser.Default", "type", 1, 30, List.of()),
        Member.of("Parser.parse", "method", 31, 90, List.of()));
    // default is a Java keyword: the part of Parser.java is ParserDefault.java
    assertThat(PartNames.names(new MemberGraph(javaMembers, List.of()), List.of(List.of(0), List.of(1)), false))
        .containsExactly("default", "parse");
  }

  @Test
  void aWordOfAModulesFoldersNamesNoPart() {
    List<Member> members = List.of(
        Member.of("get_pip_version", "function", 1, 10, List.of()),
        Member.of("get_runnable_pip", "function", 11, 20, List.of()),
        Member.of("normalize_version_info", "function", 21, 30, List.of()),
        Member.of("redact_netloc", "function", 31, 40, List.of()),
        Member.of("build_netloc", "function", 41, 50, List.of()));
    MemberGraph graph = new MemberGraph(members, List.of());
    List<List<Integer>> parts = List.of(List.of(0, 1, 2), List.of(3, 4));
    Set<String> path = PartNames.pathWords("src/pip/_internal/utils/misc.py");

    assertThat(path).containsExactlyInAnyOrder("src", "pip", "internal", "utils");
    // pip's utils/misc.py: its part of pip versions is no misc/pip.py
    assertThat(PartNames.names(graph, parts, true, Set.of())).containsExactly("pip", "netloc");
    assertThat(PartNames.names(graph, parts, true, Set.of(), path)).containsExactly("version", "netloc");
  }

  @Test
  void aClassNamedLikeAStringMethodNamesItsModuleWithoutAnUnderscore() {
    List<Member> members = List.of(
        Member.of("Join", "type", 1, 300, List.of()),
        Member.of("Select", "type", 301, 600, List.of()));
    // join is a method of str, no builtin a module shadows: SQLAlchemy's Join makes join.py, as Select select.py
    assertThat(PartNames.names(new MemberGraph(members, List.of()), List.of(List.of(0), List.of(1)), true))
        .containsExactly("Join", "Select");
    assertThat(PartNames.namesNothing("join")).as("still no word for a part of members that join").isTrue();
  }

  @Test
  void stopWordsKeywordsAndBuiltinsNameNothing() {
    assertThat(List.of("assert", "append", "enumerate", "available", "base", "custom", "class", "synchronized",
        "len", "Issue")).allMatch(PartNames::namesNothing);
    assertThat(List.of("more", "than", "func", "op", "eq", "bn", "file", "itself", "each"))
        .allMatch(PartNames::namesNothing);
    assertThat(List.of("comment", "strings", "brackets", "rebase", "index")).as("a package index is a subject, "
        + "as pip's index.py").noneMatch(PartNames::namesNothing);
    assertThat(PartNames.namesNothing("slice", false)).as("a Java class name may end in a builtin's word").isFalse();
  }

  @Test
  void overloadsThatMakeMostOfAPartNameItAndATakenNameIsNumbered() {
    List<Member> members = List.of(
        Member.of("Arrays.parallelSort", "method", 1, 10, List.of("a")),
        Member.of("Arrays.parallelSort@11", "method", 11, 20, List.of("a")),
        Member.of("Arrays.MIN_ARRAY_SORT_GRAN", "field", 21, 21, List.of()),
        Member.of("Arrays.compare", "method", 22, 30, List.of("a", "b")),
        Member.of("Arrays.compare@31", "method", 31, 40, List.of("a", "b")),
        Member.of("Arrays.compare@41", "method", 41, 50, List.of("a", "b")),
        Member.of("Arrays.compare@51", "method", 51, 60, List.of("a", "b")),
        Member.of("Arrays.copyOfRange", "method", 61, 70, List.of("a")),
        Member.of("Arrays.copyOfRange@71", "method", 71, 80, List.of("a")));
    MemberGraph graph = new MemberGraph(members, List.of());
    // gran is the only word of the first part no other part has, and copy, of and range name nothing alone
    List<String> names = PartNames.names(graph, List.of(List.of(0, 1, 2), List.of(3, 4), List.of(5, 6), List.of(7, 8)),
        false);
    assertThat(names).containsExactly("parallel_sort", "compare", "compare2", "copy_of_range");
    assertThat(names).extracting(name -> SplitAdvisor.partFile("java/util/Arrays.java", name))
        .containsExactly("ArraysParallelSort.java", "ArraysCompare.java", "ArraysCompare2.java",
            "ArraysCopyOfRange.java");
  }

  @Test
  void stopWordsAbbreviationsAndFragmentsNameNoPart() {
    List<Member> members = List.of(
        Member.of("TestNargsZeroOrMore", "type", 1, 10, List.of()),
        Member.of("TestNargsOneOrMore", "type", 11, 20, List.of()),
        Member.of("TestPositionalsZeroOrMore", "type", 21, 30, List.of()),
        Member.of("eq_stdout", "function", 31, 32, List.of()),
        Member.of("eq_stdout_bytes", "function", 33, 34, List.of()),
        Member.of("eq_stderr", "function", 35, 36, List.of()),
        Member.of("formatFunc", "function", 37, 38, List.of()),
        Member.of("handlerFunc", "function", 39, 40, List.of()),
        Member.of("smtpHandlerFunc", "function", 41, 42, List.of()),
        Member.of("TestSMTPServer", "type", 43, 44, List.of()));
    MemberGraph graph = new MemberGraph(members, List.of());
    // more (a stop word), eq and func (abbreviations) are each the most frequent word of their part
    assertThat(PartNames.names(graph, List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8, 9))))
        .containsExactly("nargs", "stdout", "handler");
  }

  @Test
  void aBuiltinsWordNamesAJavaPartButNoModule() {
    List<Member> members = List.of(
        Member.of("Pattern.Slice", "type", 1, 4, List.of()),
        Member.of("Pattern.SliceI", "type", 5, 8, List.of()),
        Member.of("Pattern.SliceU", "type", 9, 12, List.of()),
        Member.of("Pattern.BnM", "type", 13, 20, List.of()),
        Member.of("Pattern.SetFromMap", "type", 21, 30, List.of()));
    MemberGraph graph = new MemberGraph(members, List.of());
    List<List<Integer>> parts = List.of(List.of(0, 1, 2, 3), List.of(4));
    // bn is a fragment; set, from and map name nothing, but SetFromMap is a type's own name
    assertThat(PartNames.names(graph, parts, false)).containsExactly("slice", "SetFromMap");
    assertThat(PartNames.names(graph, parts, true)).containsExactly("BnM", "SetFromMap");
  }

  /**
   * The word or type a split proposed for a part, from its file or class name: {@code http} for
   * {@code git_http/http.py} or {@code GitHttpHelperHttp.java} (split from {@code GitHttpHelper}).
   */
  static String proposedWord(String path, Recommendation split, String partName) {
    String simple = partName.substring(partName.lastIndexOf('/') + 1);
    int dot = simple.lastIndexOf('.');
    String base = dot < 0 ? simple : simple.substring(0, dot);
    String original = split.plan().staysBehind();
    String stem = original.substring(original.lastIndexOf('/') + 1).replaceFirst("\\.\\w+$", "");
    return base.startsWith(stem) && base.length() > stem.length() ? base.substring(stem.length()) : base;
  }

  @Test
  void aTypesModuleKeepsItsAcronymWhole() {
    assertThat(PartNames.snakeCase("StringSplitter")).isEqualTo("string_splitter");
    assertThat(PartNames.snakeCase("HTTPConnection")).isEqualTo("http_connection");
    assertThat(PartNames.snakeCase("IPv6Address")).isEqualTo("ipv6_address");
    assertThat(PartNames.snakeCase("_TestQueue")).isEqualTo("_test_queue");
    assertThat(PartNames.snakeCase("HTTP")).isEqualTo("http");
  }
}
