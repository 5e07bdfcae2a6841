package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Change coupling in the member graph: what one commit changed is tied, split among its members. */
class MemberGraphTest {
  private static final List<Member> MEMBERS = List.of(
      Member.of("P.lex", "method", 1, 10, List.of()),
      Member.of("P.emit", "method", 11, 20, List.of()),
      Member.of("P.emit@21", "method", 21, 30, List.of()),
      Member.of("P.quote", "method", 31, 40, List.of()));

  @Test
  void membersChangedTogetherAreTiedOncePerCommitSplitAmongThem() {
    MemberGraph graph = new MemberGraph(MEMBERS, List.of(), List.of(
        List.of("P.lex", "P.quote"), List.of("P.lex", "P.quote"), List.of("P.lex", "P.quote", "P.gone")));

    assertThat(graph.ties(0)).containsExactlyInAnyOrderEntriesOf(Map.of(3, 3.0));
    assertThat(graph.ties(3)).containsExactlyInAnyOrderEntriesOf(Map.of(0, 3.0));
  }

  @Test
  void anOverloadsNameWithoutItsLineNamesEveryOverload() {
    MemberGraph graph = new MemberGraph(MEMBERS, List.of(), List.of(List.of("P.lex", "P.emit")));

    // lex, emit and emit@21 changed together: 1 split among the other two each
    assertThat(graph.ties(0)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 0.5, 2, 0.5));
  }

  @Test
  void aCommitChangingMoreThanTheCommonLimitSaysNothing() {
    List<Member> many = new ArrayList<>();
    IntStream.range(0, MemberGraph.COMMON_CHANGE + 1)
        .forEach(i -> many.add(Member.of("Q.m" + i, "method", 10 * i + 1, 10 * i + 10, List.of())));
    MemberGraph graph = new MemberGraph(many, List.of(), List.of(many.stream().map(Member::name).toList()));

    assertThat(graph.totalWeight()).isZero();
  }
}
