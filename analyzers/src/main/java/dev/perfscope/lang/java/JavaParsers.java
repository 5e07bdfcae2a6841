package dev.perfscope.lang.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java21PostProcessor;

/**
 * JavaParser set up for measuring: Java 21 syntax ({@code yield}, records, {@code var} parse as such), no
 * comment attribution, and no semantic validation. JavaParser's language-level step runs the level's
 * post-processor and then its validator, which checks rules only a compiler needs (one superclass, legal
 * modifiers, ...) and cost as much as the parse itself on java.base; so that step is replaced by the
 * post-processor alone. The step is found by what it does, not where it sits, so a JavaParser upgrade
 * that moves it cannot make us drop another one.
 */
final class JavaParsers {
  private static final LanguageLevel LEVEL = LanguageLevel.JAVA_21;
  /** Parses, but no Java version accepts a class with two superclasses: only a validator objects. */
  private static final String INVALID_BUT_PARSEABLE = "class Probe extends A, B {}";
  private static final int VALIDATING_STEP = validatingStep();

  private JavaParsers() {}

  static JavaParser create() {
    ParserConfiguration configuration = configured();
    if (VALIDATING_STEP >= 0) {
      configuration.getProcessors().set(VALIDATING_STEP, PostProcessOnly::new);
    }
    return new JavaParser(configuration);
  }

  private static ParserConfiguration configured() {
    return new ParserConfiguration().setLanguageLevel(LEVEL).setAttributeComments(false);
  }

  /**
   * The index of the step whose absence lets the probe parse without problems, or -1 when there is none
   * (then validation is kept).
   */
  private static int validatingStep() {
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

  /** The language level's post-processing (e.g. {@code var} as a type of its own) without its validation. */
  private static final class PostProcessOnly extends Processor {
    private final Java21PostProcessor postProcessor = new Java21PostProcessor();

    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
      postProcessor.postProcess(result, configuration);
    }
  }
}
