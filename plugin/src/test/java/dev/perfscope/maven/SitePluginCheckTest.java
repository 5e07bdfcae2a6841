package dev.perfscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SitePluginCheckTest {

  @ParameterizedTest
  @CsvSource({"3.3, true", "3.12.0, true", "3.9.1, true", "2.4, true", "3.12.1, false", "3.21.0, false",
      "3.22.0, false", "4.0.0-M16, false", "3.13, false"})
  void comparesVersionsPartByPart(String version, boolean tooOld) {
    assertThat(SitePluginCheck.tooOld(version)).as(version).isEqualTo(tooOld);
  }

  @Test
  void theMessageIsOneLineNamingBothVersions() {
    assertThat(SitePluginCheck.message("3.3")).isEqualTo("Perfscope's site report needs maven-site-plugin 3.12.1 "
        + "or later and this build runs 3.3 (what Maven 3.8 binds by default): pin maven-site-plugin 3.22.0 in "
        + "<build><pluginManagement>.");
  }

  @Test
  void runAloneTheSinkIsTheReportsOwnAndPasses() {
    // Outside a site plugin, no maven-site-plugin pom is visible to the sink's class loader.
    assertThatCode(() -> SitePluginCheck.requireSupported(Sink.class)).doesNotThrowAnyException();
  }
}
