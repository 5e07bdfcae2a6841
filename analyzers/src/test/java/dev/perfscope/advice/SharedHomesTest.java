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

    assertThat(homes.of(COPIED)).isEqualTo(new SharedHomes.Home("test/test_asyncio/utils.py", true));
  }

  @Test
  void aModuleImportedByOnlyOneOfTwoCopiesIsNoHome() {
    SharedHomes homes = new SharedHomes(List.of(
        python("test/test_asyncio/test_events.py", "test.test_asyncio.utils"),
        python("test/test_asyncio/test_sock_lowlevel.py"),
        python("test/test_asyncio/utils.py")));

    // no function overlaps the copies in these bare structures: no word, so "shared"
    assertThat(homes.of(COPIED)).isEqualTo(new SharedHomes.Home("test/test_asyncio/shared_utils.py", false));
  }

  private static FileMetrics python(String path, String... uses) {
    return new FileMetrics(path, "python", null, 1, 1, 0, 0, 0, null, null, List.of(), List.of(), null, null,
        new Structure(List.of(), List.of(), List.of(), List.of(), List.of(uses)));
  }
}
