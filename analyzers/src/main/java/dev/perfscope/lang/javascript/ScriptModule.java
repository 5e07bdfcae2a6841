package dev.perfscope.lang.javascript;

import dev.perfscope.lang.ModuleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A JavaScript or TypeScript module as a file, which other modules import by its relative path
 * ({@code import x from './foo'}, {@code require('../lib/foo.js')}): {@code folders} are its path's, {@code base}
 * its file name without the extension. A folder's {@code index} module is the folder's own, as {@code require}
 * and the bundlers resolve {@code './foo'} to {@code foo/index.js}.
 *
 * <p>A split keeps the original file where it is, with the part that stays, so that every import of it still
 * resolves whatever the module system (Node's ESM, which wants the file's own path and does not read folders,
 * CommonJS, TypeScript's resolutions); the parts go into a folder of the module's name beside it
 * ({@code linter.js}: {@code linter/rules.js}), from which the original imports what it uses and re-exports what
 * its importers used. An {@code index} module's parts go beside it. A part's file is named in the style of the
 * module's own name: {@code source-code.js} gets {@code token-store.js}, {@code sourceCode.ts}
 * {@code tokenStore.ts}, {@code SourceCode.tsx} {@code TokenStore.tsx}; a one-word lower-case name the kebab
 * case most packages use.
 */
record ScriptModule(List<String> folders, String base, String extension) implements ModuleFile {
  static final List<String> EXTENSIONS = List.of(".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx");
  private static final String INDEX = "index";

  /** The module at {@code path}, when its file name ends in one of {@link #EXTENSIONS} as written. */
  static Optional<ModuleFile> at(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || !EXTENSIONS.contains(name.substring(dot))) {
      return Optional.empty();
    }
    List<String> folders = new ArrayList<>(Arrays.asList(path.split("/")));
    folders.remove(folders.size() - 1);
    return Optional.of(new ScriptModule(List.copyOf(folders), name.substring(0, dot), name.substring(dot)));
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>(folders);
    if (!isIndex()) {
      names.add(base);
    }
    return names;
  }

  @Override
  public String stayingFile() {
    return base + extension;
  }

  @Override
  public String partFile(String module) {
    return (isIndex() ? "" : base + "/") + styled(module) + extension;
  }

  @Override
  public String siblingFile(String module) {
    return styled(module) + extension;
  }

  /** {@code tax_rule} in the style of {@link #base}: {@code tax-rule}, {@code taxRule} or {@code TaxRule}. */
  private String styled(String module) {
    String[] words = module.split("_");
    boolean pascal = Character.isUpperCase(base.charAt(0));
    boolean camel = !pascal && !base.equals(base.toLowerCase(Locale.ROOT)) && !base.contains("-");
    if (!pascal && !camel) {
      return String.join(base.contains("_") ? "_" : "-", words);
    }
    StringBuilder name = new StringBuilder();
    for (String word : words) {
      boolean upper = pascal || name.length() > 0;
      name.append(upper && !word.isEmpty() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
    return name.toString();
  }

  private boolean isIndex() {
    return base.equals(INDEX);
  }
}
