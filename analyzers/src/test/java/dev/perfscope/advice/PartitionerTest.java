package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On random files of planted groups (members tied mostly within their group): every member is placed exactly
 * once, every part fits the cap, and the plan cuts fewer edges than a split by source order into as many parts.
 */
class PartitionerTest {
  private static final int CAP = 450;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void placesEveryMemberOnceWithinTheCapAndCutsLessThanSourceOrder(long seed) {
    Random random = new Random(seed);
    List<Member> members = new ArrayList<>();
    int line = 1;
    int groups = 3 + random.nextInt(4);
    for (int i = 0; i < 60; i++) {
      int lines = 5 + random.nextInt(40);
      members.add(Member.of("F.m" + i, "method", line, line + lines - 1, List.of()));
      line += lines + 1;
    }
    List<Edge> edges = new ArrayList<>();
    for (int k = 0; k < 150; k++) {
      int a = random.nextInt(60);
      int b = random.nextInt(10) == 0 ? random.nextInt(60) : sameGroup(a, groups, random);
      if (a != b) {
        edges.add(new Edge(members.get(a).name(), members.get(b).name(), "call", 1));
      }
    }
    MemberGraph graph = new MemberGraph(members, edges);
    List<List<Integer>> parts = Partitioner.partition(graph, CAP);

    assertThat(parts.stream().flatMap(List::stream).sorted().toList())
        .isEqualTo(IntStream.range(0, 60).boxed().toList());
    assertThat(parts).allSatisfy(p -> assertThat(p.stream().mapToInt(graph::lines).sum()).isLessThanOrEqualTo(CAP));
    List<List<String>> named = parts.stream().map(p -> p.stream().map(i -> members.get(i).name()).toList()).toList();
    assertThat(SplitQuality.crossEdges(edges, named))
        .isLessThan(SplitQuality.crossEdges(edges, SplitQuality.bySourceOrder(members, parts.size())));
  }

  /** Groups are interleaved in source order: member i belongs to group i % groups. */
  private static int sameGroup(int a, int groups, Random random) {
    int candidate = a % groups + groups * random.nextInt(60 / groups);
    return Math.min(candidate, 59);
  }
}
