package dev.perfscope.maven;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.maven.reporting.MavenReportException;

/**
 * Stops {@code mvn site} with one line naming the version to pin when the site plugin running the report is
 * older than the oldest one it was tested with. Maven 3.8 binds maven-site-plugin 3.3, whose Doxia cannot
 * load today's reports (ours, or maven-project-info-reports-plugin's): without this the build ends in a class
 * loader dump.
 */
final class SitePluginCheck {
  /** The oldest maven-site-plugin the site report was run with; see docs/reports.md. */
  static final String OLDEST_TESTED = "3.12.1";
  /** The site plugin to pin: the current one, on Doxia 2, which the report is built for. */
  static final String RECOMMENDED = "3.22.0";

  private static final String SITE_PLUGIN_POM =
      "META-INF/maven/org.apache.maven.plugins/maven-site-plugin/pom.properties";

  private SitePluginCheck() {}

  /**
   * Fails when {@code sink}, the Doxia sink interface the report sees, comes from a maven-site-plugin older
   * than {@link #OLDEST_TESTED}. The site plugin lends the report its own Doxia, so the class loader of that
   * interface is the site plugin's; run alone ({@code mvn perf:report}) it is the report's own, and passes.
   */
  static void requireSupported(Class<?> sink) throws MavenReportException {
    String version = sitePluginVersion(sink.getClassLoader());
    if (version != null && tooOld(version)) {
      throw new MavenReportException(message(version));
    }
  }

  static String message(String version) {
    return "Perfscope's site report needs maven-site-plugin " + OLDEST_TESTED + " or later and this build runs "
        + version + " (what Maven 3.8 binds by default): pin maven-site-plugin " + RECOMMENDED
        + " in <build><pluginManagement>.";
  }

  /** Compares numerically, part by part; a qualifier ({@code 4.0.0-M16}) counts by its number before it. */
  static boolean tooOld(String version) {
    String[] have = version.split("[.-]");
    String[] need = OLDEST_TESTED.split("\\.");
    for (int i = 0; i < need.length; i++) {
      int part = i < have.length ? leadingNumber(have[i]) : 0;
      int wanted = Integer.parseInt(need[i]);
      if (part != wanted) {
        return part < wanted;
      }
    }
    return false;
  }

  private static int leadingNumber(String part) {
    int end = 0;
    while (end < part.length() && Character.isDigit(part.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(part.substring(0, end));
  }

  private static String sitePluginVersion(ClassLoader loader) {
    if (loader == null) {
      return null;
    }
    try (InputStream in = loader.getResourceAsStream(SITE_PLUGIN_POM)) {
      if (in == null) {
        return null;
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }
}
