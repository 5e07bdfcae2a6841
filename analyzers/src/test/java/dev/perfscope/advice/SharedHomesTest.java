package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.duplicates.CloneClass;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Plan.Copy;
import dev.perfscope.model.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which module is proposed to hold code copied across files, on hand-made structures. */
class SharedHomesTest {
  private static final CloneClass COPIED = new CloneClass(List.of(
      new Copy("test/test_asyncio/test_events.py", 80, 101),
      new Copy("test/test_asyncio/test_sock_lowlevel.py", 21, 42)), 153, 19);

  @Test
  void ofTwoHelperModulesBothCopiesImportTakesTheOneNearerTheCopies() {
    SharedHomes homes = new SharedHomes(List.of(
        python("test/test_asyncio/test_events.py", "test.support.socket_helper", "test.test_asyncio.utils", "os"),
        python("test/test_asyncio/test_sock_lowlevel.py", "test.test_asyncio.utils", "test.support.socket_helper"),
        python("test/support/socket_helper.py"),
        python("test/test_asyncio/utils.py"),
        python("os.py")));

    assertThat(homes.of(COPIED)).contains(new SharedHomes.Home("test/test_asyncio/utils.py", true));
  }

  @Test
  void aModuleImportedByOnlyOneOfTwoCopiesIsNoHome() {
    SharedHomes homes = new SharedHomes(List.of(
        python("test/test_asyncio/test_events.py", "test.test_asyncio.utils"),
        python("test/test_asyncio/test_sock_lowlevel.py"),
        python("test/test_asyncio/utils.py")));

    // no function overlaps the copies in these bare structures: no word, so "shared"
    assertThat(homes.of(COPIED)).contains(new SharedHomes.Home("test/test_asyncio/shared_utils.py", false));
  }

  private static FileMetrics python(String path, String... uses) {
    return new FileMetrics(path, "python", null, 1, 1, 0, 0, 0, null, null, List.of(), List.of(), null, null,
        new Structure(List.of(), List.of(), List.of(), List.of(), List.of(uses)));
  }

  @Test
  void copiesInTheParallelModulesOfTwoVersionsAreNoSharedCode() {
    assertThat(SharedCodeAdvisor.parallelVersions(new CloneClass(List.of(
        new Copy("reactive/kotlinx-coroutines-rx2/src/RxScheduler.kt", 18, 217),
        new Copy("reactive/kotlinx-coroutines-rx3/src/RxScheduler.kt", 18, 217)), 988, 137))).isTrue();
    assertThat(SharedCodeAdvisor.parallelVersions(new CloneClass(List.of(
        new Copy("api/v1/client.py", 3, 40), new Copy("api/v2/client.py", 5, 42)), 300, 30))).isTrue();
    assertThat(SharedCodeAdvisor.parallelVersions(new CloneClass(List.of(
        new Copy("encodings/utf_16.py", 1, 105), new Copy("encodings/utf_32.py", 1, 100)), 637, 72))).isTrue();
    // other files, or one file copying itself: shared code
    assertThat(SharedCodeAdvisor.parallelVersions(new CloneClass(List.of(
        new Copy("cProfile.py", 147, 187), new Copy("profile.py", 566, 607)), 254, 35))).isFalse();
    assertThat(SharedCodeAdvisor.parallelVersions(new CloneClass(List.of(
        new Copy("shop/Orders.java", 10, 30), new Copy("shop/Orders.java", 50, 70)), 200, 14))).isFalse();
  }
}
