package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each advice fixture states the kinds of recommendation it must get in a {@code // expect: <kinds>} line
 * ({@code # expect: <kinds>} in Python), optionally with the file-lines threshold to use
 * ({@code // expect(file-lines=40): split-file}).
 */
class AdviceFixturesTest {
  private static final Pattern EXPECT = Pattern.compile("(?://|#) expect(?:\\(file-lines=(\\d+)\\))?: (.*)");

  @ParameterizedTest
  @ValueSource(strings = {"GitHttpHelper.java", "TightCounter.java", "Twins.java", "Pricing.java", "Functors.java",
      "git_http.py", "tight_counter.py", "structure.py", "pricing.py", "big_class.py", "structure.js", "pricing.ts",
      "git-http.js", "tight-counter.js", "structure.go", "git_http.go", "two_jobs.go",
      "scattered_types.go", "structure.kt", "GitHttp.kt", "Recorder.kt"})
  void getsExactlyTheKindsItExpects(String fixture) throws IOException {
    String text = Files.readString(SplitAdviceTest.fixture(fixture));
    Matcher expect = EXPECT.matcher(text);
    assertThat(expect.find()).as("an expect line in " + fixture).isTrue();
    Thresholds thresholds = expect.group(1) == null ? Thresholds.defaults()
        : Thresholds.defaults().with(Rule.FILE_LINES, new Limit(Integer.parseInt(expect.group(1)), 1000));
    FileMetrics file = SplitAdviceTest.measure(fixture);
    List<Recommendation> advice = SplitAdviceTest.advise(file, thresholds);

    TreeSet<String> expected = new TreeSet<>(Arrays.asList(expect.group(2).trim().split("\\s+")));
    expected.remove("nothing");
    assertThat(new TreeSet<>(advice.stream().map(Recommendation::kind).toList())).isEqualTo(expected);
  }
}
