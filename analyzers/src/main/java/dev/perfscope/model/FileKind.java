package dev.perfscope.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a file is to its project: {@code source} (code; Java and Python parsed, the rest counted), {@code
 * documentation} (prose) or {@code data} (configuration, data, lock files, styles, and anything not known to
 * be code or prose). This is the one table that decides it, by file name then extension; docs/usage.md
 * repeats it. Only source is held to thresholds by default, and only source can be a hotspot or get advice.
 */
public enum FileKind {
  SOURCE,
  DOCUMENTATION,
  DATA;

  private static final Map<String, FileKind> BY_EXTENSION = table(
      SOURCE, "java py pyi pyx pxd js mjs cjs jsx ts mts cts tsx sh bash zsh fish ps1 bat cmd c h cc cpp cxx hpp hxx"
          + " m mm cs go rs kt kts scala groovy gradle rb php pl pm lua swift dart r jl ex exs erl hs ml clj sql vue"
          + " svelte",
      DOCUMENTATION, "md markdown mdx rst adoc asciidoc txt text rdoc org tex",
      DATA, "json jsonl ndjson yml yaml toml xml csv tsv lock svg css tcss scss sass less ini cfg conf properties"
          + " env html htm xsd xsl wsdl proto graphql gql");

  /** Names without an extension that say what the file is (compared in lower case). */
  private static final Map<String, FileKind> BY_NAME = Map.ofEntries(
      Map.entry("makefile", SOURCE), Map.entry("dockerfile", SOURCE), Map.entry("jenkinsfile", SOURCE),
      Map.entry("readme", DOCUMENTATION), Map.entry("changelog", DOCUMENTATION), Map.entry("changes", DOCUMENTATION),
      Map.entry("license", DOCUMENTATION), Map.entry("licence", DOCUMENTATION), Map.entry("copying", DOCUMENTATION),
      Map.entry("notice", DOCUMENTATION), Map.entry("authors", DOCUMENTATION),
      Map.entry("contributors", DOCUMENTATION));

  /** The lower-case name used in reports and configuration. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code id}, or null when there is none. */
  @JsonCreator
  public static FileKind byId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst().orElse(null);
  }

  /** The ids of every kind, in order, as configuration lists them. */
  public static String ids() {
    return Arrays.stream(values()).map(FileKind::id).collect(Collectors.joining(", "));
  }

  /**
   * The kind of the file at {@code path} (slashes, any case): by its last extension, or for a name without
   * one ({@code Makefile}, {@code LICENSE}) by the name; data when neither is known.
   */
  public static FileKind of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? BY_NAME.getOrDefault(name, DATA) : BY_EXTENSION.getOrDefault(name.substring(dot + 1), DATA);
  }

  private static Map<String, FileKind> table(Object... kindsAndExtensions) {
    Map<String, FileKind> table = new HashMap<>();
    for (int i = 0; i < kindsAndExtensions.length; i += 2) {
      FileKind kind = (FileKind) kindsAndExtensions[i];
      for (String extension : ((String) kindsAndExtensions[i + 1]).split(" ")) {
        if (table.put(extension, kind) != null) {
          throw new IllegalStateException("extension listed twice: " + extension);
        }
      }
    }
    return Map.copyOf(table);
  }
}
