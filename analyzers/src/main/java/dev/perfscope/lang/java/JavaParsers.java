package dev.perfscope.lang.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;

/**
 * JavaParser set up for measuring: Java 21 syntax ({@code yield}, records, patterns parse as such), no
 * comment attribution, no detection of the file's line separator (it looked up every character read, a fifth
 * of the parse on java.base, for a value we never read), and no language-level processing. That step
 * validates rules only a compiler needs (one superclass, legal modifiers, ...), which cost as much as the
 * parse itself on java.base, and turns
 * {@code var} into a type of its own, which cost another tenth: we read {@code var} by name instead. The
 * step is found by what it does, not where it sits, so a JavaParser upgrade that moves it cannot make us
 * drop another one.
 */
final class JavaParsers {
  private static final LanguageLevel LEVEL = LanguageLevel.JAVA_21;
  /** Parses, but no Java version accepts a class with two superclasses: only a validator objects. */
  private static final String INVALID_BUT_PARSEABLE = "class Probe extends A, B {}";
  private static final int LANGUAGE_LEVEL_STEP = languageLevelStep();

  private JavaParsers() {}

  static JavaParser create() {
    ParserConfiguration configuration = configured();
    if (LANGUAGE_LEVEL_STEP >= 0) {
      configuration.getProcessors().set(LANGUAGE_LEVEL_STEP, Processor::new);
    }
    return new JavaParser(configuration);
  }

  private static ParserConfiguration configured() {
    return new ParserConfiguration().setLanguageLevel(LEVEL).setAttributeComments(false)
        .setDetectOriginalLineSeparator(false);
  }

  /**
   * The index of the step whose absence lets the probe parse without problems, or -1 when there is none
   * (then validation is kept).
   */
  private static int languageLevelStep() {
    int steps = configured().getProcessors().size();
    for (int i = 0; i < steps; i++) {
      ParserConfiguration without = configured();
      without.getProcessors().set(i, Processor::new);
      if (new JavaParser(without).parse(INVALID_BUT_PARSEABLE).getProblems().isEmpty()) {
        return i;
      }
    }
    return -1;
  }
}
