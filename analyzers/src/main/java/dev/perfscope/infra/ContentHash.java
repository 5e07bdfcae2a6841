package dev.perfscope.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of content, and the fingerprint of this build of the analyzers (so a rebuilt snapshot never reuses a cache). */
public final class ContentHash {
  private static final String BUILD = codeOf(ContentHash.class);

  private ContentHash() {}

  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** The hash of a file's content, read in pieces so that a file of any size can be hashed. */
  public static String ofFile(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The tool build: the hash of the jar the analyzers run from. */
  public static String build() {
    return BUILD;
  }

  /**
   * The hash of the jar {@code type} was loaded from; when it was not loaded from a jar (classes on disk),
   * a value that changes with every start: never reuse what we cannot identify.
   */
  public static String codeOf(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location != null && Files.isRegularFile(location)) {
        return ofFile(location);
      }
    } catch (IOException | URISyntaxException | SecurityException e) {
      // fall through
    }
    return "unidentified-" + System.nanoTime();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
