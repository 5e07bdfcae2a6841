package dev.perfscope.model;

/**
 * A file under the source roots that was not measured in full, and why: {@code reason} is one of {@link #BINARY},
 * {@link #TOO_LARGE} (its lines are still counted, it is in {@code files} too), {@link #UNREADABLE} or
 * {@link #LINK_OUTSIDE}; {@code detail} says more in words.
 */
public record SkippedFile(String path, String reason, String detail) {
  public static final String BINARY = "binary";
  public static final String TOO_LARGE = "over-max-file-size";
  public static final String UNREADABLE = "unreadable";
  public static final String LINK_OUTSIDE = "link-outside-roots";
}
