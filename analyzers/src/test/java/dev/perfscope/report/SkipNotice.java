package dev.perfscope.report;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints why a test was skipped into the build's console, where Surefire shows only a count: a test that
 * needs a tool this machine lacks (chromium, sarif-multitool, playwright-core) skips with a visible line and
 * never downloads it. Registered for every test through {@code junit-platform.properties}.
 */
public final class SkipNotice implements TestWatcher {

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    System.out.println("[SKIPPED] " + context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
        + ": " + cause.getMessage());
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    System.out.println("[SKIPPED] " + context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
        + reason.map(r -> ": " + r).orElse(""));
  }
}
