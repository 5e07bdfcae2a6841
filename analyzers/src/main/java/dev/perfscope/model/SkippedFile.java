package dev.perfscope.model;

import java.io.Serializable;

/**
 * A file (or folder) under the source roots that was not measured in full, and why: {@code reason} is one of
 * {@link #REASONS}; {@code detail} says more in words.
 */
public record SkippedFile(String path, String reason, String detail) implements Serializable {
  public static final String BINARY = "binary";
  /** Its lines are still counted: it is in the files too. */
  public static final String TOO_LARGE = "over-max-file-size";
  /** A file that cannot be read, or a folder that cannot be listed (in full). */
  public static final String UNREADABLE = "unreadable";
  public static final String LINK_OUTSIDE = "link-outside-roots";
  /** A symbolic link, not followed without {@code followLinks}. */
  public static final String LINK = "symbolic-link";
  /** A named pipe, socket or device. */
  public static final String NOT_A_FILE = "not-a-regular-file";

  /** Every reason, as {@code docs/report-format.md} lists them. */
  public static final java.util.List<String> REASONS =
      java.util.List.of(BINARY, TOO_LARGE, UNREADABLE, LINK_OUTSIDE, LINK, NOT_A_FILE);
}
