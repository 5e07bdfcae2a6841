package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Member;
import dev.perfscope.model.Recommendation;
import java.util.List;
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
  void stopWordsKeywordsAndBuiltinsNameNothing() {
    assertThat(List.of("assert", "append", "enumerate", "available", "base", "custom", "class", "synchronized",
        "len", "Issue")).allMatch(PartNames::namesNothing);
    assertThat(List.of("comment", "strings", "brackets", "rebase")).noneMatch(PartNames::namesNothing);
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
}
