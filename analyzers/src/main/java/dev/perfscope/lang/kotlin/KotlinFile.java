package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.PackageFile;
import java.util.Locale;

/**
 * A Kotlin file as advice splits it: its parts are files of the same package, in the same folder, which see each
 * other's top-level declarations without imports, as Go's do. Kotlin names a file after the class it holds and any
 * other file in upper camel case ({@code ProcessDeclarations.kt}): a part named after a type is that type's file
 * ({@code TaxRule.kt}), a part named by a word is the file's name with the word ({@code Billing.kt} and
 * {@code rounding} make {@code BillingRounding.kt}), before a multiplatform file's platform suffix
 * ({@code Builders.common.kt} and {@code scope} make {@code BuildersScope.common.kt}). Other files import a
 * file's declarations by their package, never the file: it has no module names.
 */
record KotlinFile(String fileName) implements PackageFile {
  static KotlinFile at(String path) {
    return new KotlinFile(PackageFile.nameOf(path));
  }

  @Override
  public String partFile(String module) {
    int dot = fileName.indexOf('.');
    String base = dot < 0 ? fileName : fileName.substring(0, dot);
    String suffixes = dot < 0 ? ".kt" : fileName.substring(dot);
    return Character.isUpperCase(module.charAt(0)) ? module + suffixes : base + upperCamel(module) + suffixes;
  }

  /** A new file of the package, in upper camel case: {@code header_utils} makes {@code HeaderUtils.kt}. */
  @Override
  public String siblingFile(String module) {
    return upperCamel(module) + ".kt";
  }

  /** A class holds its methods (extensions aside): one file tells how they hang together. */
  @Override
  public boolean typesSpanFiles() {
    return false;
  }

  @Override
  public boolean keepsTypeNames() {
    return true;
  }

  /** {@code CopyOfRange} for {@code copy_of_range}. */
  private static String upperCamel(String phrase) {
    StringBuilder name = new StringBuilder();
    for (String word : phrase.split("_")) {
      if (!word.isEmpty()) {
        name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return name.toString();
  }
}
