package dev.perfscope.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Perfscope's units of every Go file under a folder, printed as {@link ScriptUnits} prints them. Usage:
 * {@code GoUnits DIR [runs]} (bench/go-agreement.sh).
 */
public final class GoUnits {
  private GoUnits() {}

  public static void main(String[] args) throws IOException {
    ScriptUnits.print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 1, List.of("go"));
  }
}
