package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.lang.Cancellation;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Work on threads of its own, in order, and a piece over budget costs only its own item. */
class ParseBudgetTest {
  private static final ParseBudget GENEROUS = new ParseBudget(Duration.ofSeconds(30));

  @Test
  void answersInTheItemsOrderOnAsManyThreadsAsAsked() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Integer> squares = GENEROUS.map(items, 3, i -> {
      threads.add(Thread.currentThread().getName());
      sleep(i % 7);
      return i * i;
    }, i -> -1);
    assertThat(squares).isEqualTo(items.stream().map(i -> i * i).toList());
    assertThat(threads).hasSize(3).allMatch(name -> name.startsWith("perfscope-parse-"));
  }

  @Test
  void aPieceOverBudgetGetsTheStandInAndAFreshThreadDoesTheRest() {
    AtomicBoolean release = new AtomicBoolean();
    List<Integer> items = IntStream.range(0, 20).boxed().toList();
    long start = System.nanoTime();
    List<String> answers = new ParseBudget(Duration.ofMillis(200)).map(items, 1, i -> {
      while (i == 3 && !release.get()) {
        Thread.onSpinWait(); // a runaway that ignores interrupts, as a parser does
      }
      return "measured " + i;
    }, i -> "over budget " + i);
    release.set(true);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(answers.get(3)).isEqualTo("over budget 3");
    assertThat(answers).hasSize(20).filteredOn(a -> a.startsWith("measured")).hasSize(19);
  }

  @Test
  void aPieceThatChecksForCancellationStopsAtTheBudgetAndItsThreadGoesOn() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 20).boxed().toList();
    long start = System.nanoTime();
    List<String> answers = new ParseBudget(Duration.ofMillis(200)).map(items, 1, i -> {
      threads.add(Thread.currentThread().getName());
      while (i == 3) {
        Cancellation.checkpoint(); // a parser reading on, as long as it is let
      }
      return "measured " + i;
    }, i -> "over budget " + i + " on " + Thread.currentThread().getName());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(threads).hasSize(1);
    assertThat(answers.get(3)).isEqualTo("over budget 3 on " + threads.iterator().next());
    assertThat(answers).hasSize(20).filteredOn(a -> a.startsWith("measured")).hasSize(19);
  }

  @Test
  void anExceptionThatEscapesTheWorkIsThrownOnceTheRestAreDone() {
    Set<Integer> done = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    assertThatThrownBy(() -> GENEROUS.map(items, 2, i -> {
      if (i == 10) {
        throw new IllegalStateException("bug on 10");
      }
      done.add(i);
      return i;
    }, i -> -1)).isInstanceOf(IllegalStateException.class).hasMessage("bug on 10");
    assertThat(done).hasSize(49);
  }

  @Test
  void nothingToDoIsDoneAtOnce() {
    assertThat(GENEROUS.map(List.<Integer>of(), 2, i -> i, i -> i)).isEmpty();
  }

  @Test
  void saysItsBudgetAsUsersWriteIt() {
    assertThat(new ParseBudget(Duration.ofSeconds(10)).describe()).isEqualTo("10 s");
    assertThat(new ParseBudget(Duration.ofMillis(200)).describe()).isEqualTo("200 ms");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
