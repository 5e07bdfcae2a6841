package dev.perfscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void separatesThousandsWithCommasWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Counts.number(1_574)).isEqualTo("1,574");
      assertThat(Counts.number(1_242_323)).isEqualTo("1,242,323");
      assertThat(Counts.number(999)).isEqualTo("999");
      assertThat(Counts.number(-1_200)).isEqualTo("-1,200");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aCountIsSingularForOneOnly() {
    assertThat(Counts.of(1, "file")).isEqualTo("1 file");
    assertThat(Counts.of(0, "file")).isEqualTo("0 files");
    assertThat(Counts.of(2, "file")).isEqualTo("2 files");
    assertThat(Counts.of(1_574, "line")).isEqualTo("1,574 lines");
    assertThat(Counts.of(1, "dependency", "dependencies")).isEqualTo("1 dependency");
    assertThat(Counts.of(3, "dependency", "dependencies")).isEqualTo("3 dependencies");
  }
}
