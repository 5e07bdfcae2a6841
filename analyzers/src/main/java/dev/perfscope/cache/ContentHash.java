package dev.perfscope.cache;

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
  private static final String BUILD = computeBuild();

  private ContentHash() {}

  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** The tool build: the hash of the jar the analyzers run from, or its version when run from classes. */
  public static String build() {
    return BUILD;
  }

  private static String computeBuild() {
    try {
      CodeSource source = ContentHash.class.getProtectionDomain().getCodeSource();
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location != null && Files.isRegularFile(location)) {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(location)) {
          digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
      }
    } catch (IOException | URISyntaxException | SecurityException e) {
      // fall through to a fingerprint that changes with every start: never reuse what we cannot identify
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
