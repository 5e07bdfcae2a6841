package dev.perfscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitAgreementTest {
  private static final Map<String, Integer> REFERENCE = Map.of("a", 0, "b", 0, "c", 1, "d", 1);

  @Test
  void pairwiseCountsThePairsPutTogether() {
    // the split puts b, c, d together: of its pairs bc, bd, cd only cd is meant; of ab and cd it keeps cd
    SplitAgreement.Score score = SplitAgreement.pairwise(Map.of("a", 0, "b", 1, "c", 1, "d", 1), REFERENCE);
    assertEquals(1.0 / 3, score.precision(), 1e-9);
    assertEquals(0.5, score.recall(), 1e-9);
    assertEquals(0.4, score.f1(), 1e-9);
  }

  @Test
  void mojoFmCountsMovesAgainstTheMostAnySplitNeeds() {
    // one move (b to a's part) out of at most n - g = 4 - 2 = 2
    assertEquals(50, SplitAgreement.mojoFm(Map.of("a", 0, "b", 1, "c", 1, "d", 1), REFERENCE), 1e-9);
    assertEquals(100, SplitAgreement.mojoFm(Map.of("a", 1, "b", 1, "c", 0, "d", 0), REFERENCE), 1e-9);
    // all apart: no move, but two joins
    assertEquals(0, SplitAgreement.mojoFm(Map.of("a", 0, "b", 1, "c", 2, "d", 3), REFERENCE), 1e-9);
  }
}
