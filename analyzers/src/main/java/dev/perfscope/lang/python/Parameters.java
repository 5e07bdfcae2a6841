package dev.perfscope.lang.python;

/**
 * Named parameters, {@code *args} and {@code **kwargs} included; not the bare {@code *} and {@code /}
 * markers, nor a method's first parameter when it is {@code self} or {@code cls}.
 * Example: {@code def m(self, a, /, b, *, c=1, **kw)} in a class body is 4.
 */
final class Parameters {
  private Parameters() {}

  static int of(PythonParser.Function_defContext def, boolean method) {
    PythonParser.ParametersContext parameters = def.parameters();
    if (parameters == null) {
      return 0;
    }
    int count = 0;
    for (PythonParser.ParameterContext parameter : parameters.parameter()) {
      if (parameter.name() != null) {
        count++;
      }
    }
    PythonParser.ParameterContext first = parameters.parameter(0);
    boolean receiver = method && first.getChild(0) instanceof PythonParser.NameContext name
        && (name.getText().equals("self") || name.getText().equals("cls"));
    return receiver ? count - 1 : count;
  }
}
