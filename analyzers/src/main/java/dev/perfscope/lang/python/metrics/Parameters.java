package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import java.util.ArrayList;
import java.util.List;

/**
 * Named parameters, {@code *args} and {@code **kwargs} included; not the bare {@code *} and {@code /}
 * markers, nor a method's first parameter when it is {@code self} or {@code cls}.
 * Example: {@code def m(self, a, /, b, *, c=1, **kw)} in a class body is 4.
 */
public final class Parameters {
  private Parameters() {}

  public static int of(PythonParser.Function_defContext def, boolean method) {
    return names(def, method).size();
  }

  /**
   * How many named parameters follow {@code *} or {@code *args}: keyword-only, every call names them
   * ({@code **kwargs} is not one). {@code def f(a, *, b, c=1, **kw)} has 2.
   */
  public static int keywordOnly(PythonParser.Function_defContext def) {
    PythonParser.ParametersContext parameters = def.parameters();
    int count = 0;
    boolean afterStar = false;
    for (PythonParser.ParameterContext parameter : parameters == null ? List.<PythonParser.ParameterContext>of()
        : parameters.parameter()) {
      int first = parameter.getStart().getType();
      if (first == PythonParser.STAR) {
        afterStar = true;
      } else if (afterStar && first != PythonParser.POWER && parameter.name() != null) {
        count++;
      }
    }
    return count;
  }

  /** The parameters' names in order, without a method's {@code self} or {@code cls}. */
  public static List<String> names(PythonParser.Function_defContext def, boolean method) {
    PythonParser.ParametersContext parameters = def.parameters();
    if (parameters == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (PythonParser.ParameterContext parameter : parameters.parameter()) {
      if (parameter.name() != null) {
        names.add(Trees.text(parameter.name()));
      }
    }
    PythonParser.ParameterContext first = parameters.parameter(0);
    boolean receiver = method && first.getChild(0) instanceof PythonParser.NameContext name
        && (name.getText().equals("self") || name.getText().equals("cls"));
    return receiver ? names.subList(1, names.size()) : names;
  }
}
