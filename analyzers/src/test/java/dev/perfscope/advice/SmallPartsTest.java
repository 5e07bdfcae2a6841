package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts of a few fields join the part most tied to them; other small parts stay. */
class SmallPartsTest {
  private static final MemberGraph GRAPH = new MemberGraph(List.of(
      Member.of("Ints.array", "field", 1, 3, List.of()),
      Member.of("Ints.get", "method", 4, 40, List.of()),
      Member.of("Ints.set", "method", 41, 80, List.of()),
      Member.of("Ints.hash", "method", 81, 84, List.of()),
      Member.of("Ints.LIMIT", "field", 85, 85, List.of())),
      List.of(new Edge("Ints.get", "Ints.array", "field", 1), new Edge("Ints.set", "Ints.array", "field", 1),
          new Edge("Ints.get", "Ints.hash", "call", 1)));

  @Test
  void aPartOfAFewFieldsJoinsThePartThatUsesThem() {
    List<List<Integer>> parts = List.of(List.of(0), List.of(1, 2), List.of(3), List.of(4));

    // array joins get and set; hash, a method, stays a part; LIMIT, tied to nothing, has nowhere to go
    assertThat(SmallParts.merge(GRAPH, parts, 45)).containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
  }

  @Test
  void aPartOfFieldsAsLargeAsTheMinimumStays() {
    List<List<Integer>> parts = List.of(List.of(0), List.of(1, 2, 3, 4));

    assertThat(SmallParts.merge(GRAPH, parts, 3)).containsExactly(List.of(0), List.of(1, 2, 3, 4));
  }
}
