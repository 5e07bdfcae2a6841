package dev.perfscope.history;

/** How many times git history was opened so far, for tests outside this package that count them. */
public final class HistoryOpens {
  private HistoryOpens() {}

  public static int count() {
    return ProjectHistory.OPENS.get();
  }
}
