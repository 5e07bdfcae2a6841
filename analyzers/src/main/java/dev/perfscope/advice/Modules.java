package dev.perfscope.advice;

import dev.perfscope.lang.ModuleFile;
import dev.perfscope.lang.registry.Languages;
import java.util.Optional;

/** Which files are modules imported by their path, as the languages of {@link Languages#standard()} say. */
final class Modules {
  private static final Languages LANGUAGES = Languages.standard();

  private Modules() {}

  static Optional<ModuleFile> of(String path) {
    return LANGUAGES.moduleOf(path);
  }
}
