package dev.perfscope.lang.kotlin;

import java.util.Map;

/**
 * The node kinds of tree-sitter-kotlin the metrics tell apart, as small numbers ({@link KotlinGrammar} maps the
 * grammar's symbol ids to these once). The grammar has no fields, so the walkers tell children apart by kind.
 */
final class Kind {
  static final byte OTHER = 0;
  static final byte FUNCTION = 1;
  static final byte ANONYMOUS_FUNCTION = 2;
  static final byte LAMBDA = 3;
  static final byte CLASS = 4;
  static final byte OBJECT = 5;
  static final byte COMPANION = 6;
  static final byte OBJECT_LITERAL = 7;
  static final byte PROPERTY = 8;
  static final byte VARIABLE = 9;
  static final byte IDENTIFIER = 10;
  static final byte TYPE_IDENTIFIER = 11;
  static final byte IF = 12;
  static final byte WHEN = 13;
  static final byte WHEN_ENTRY = 14;
  static final byte FOR = 15;
  static final byte WHILE = 16;
  static final byte DO_WHILE = 17;
  static final byte TRY = 18;
  static final byte CATCH = 19;
  static final byte JUMP = 20;
  static final byte LABEL = 21;
  static final byte CONJUNCTION = 22;
  static final byte DISJUNCTION = 23;
  static final byte ELVIS = 24;
  static final byte BINARY = 25;
  static final byte CHECK = 26;
  static final byte PARENTHESIZED = 27;
  static final byte CALL = 28;
  static final byte CALL_SUFFIX = 29;
  static final byte ANNOTATED_LAMBDA = 30;
  static final byte NAVIGATION = 31;
  static final byte NAVIGATION_SUFFIX = 32;
  static final byte BODY = 33;
  static final byte STATEMENTS = 34;
  static final byte FUNCTION_BODY = 35;
  static final byte PARAMETERS = 36;
  static final byte PARAMETER = 37;
  static final byte COMMENT = 38;
  static final byte STRING = 39;
  static final byte THIS = 40;
  static final byte MODIFIERS = 41;
  static final byte ERROR = 42;
  static final byte ELSE_TOKEN = 43;
  static final byte BREAK_TOKEN = 44;
  static final byte CONTINUE_TOKEN = 45;
  static final byte RETURN_TOKEN = 46;
  static final byte IN_TOKEN = 47;
  static final byte LEFT_BRACE = 48;
  static final byte VALUE_ARGUMENTS = 49;
  static final byte VALUE_ARGUMENT = 50;

  private Kind() {}

  /** Named node types by the name tree-sitter-kotlin gives them. */
  static final Map<String, Byte> NAMED = Map.ofEntries(
      Map.entry("function_declaration", FUNCTION),
      Map.entry("anonymous_function", ANONYMOUS_FUNCTION),
      Map.entry("lambda_literal", LAMBDA),
      Map.entry("class_declaration", CLASS),
      Map.entry("object_declaration", OBJECT),
      Map.entry("companion_object", COMPANION),
      Map.entry("object_literal", OBJECT_LITERAL),
      Map.entry("property_declaration", PROPERTY),
      Map.entry("variable_declaration", VARIABLE),
      Map.entry("simple_identifier", IDENTIFIER),
      Map.entry("type_identifier", TYPE_IDENTIFIER),
      Map.entry("if_expression", IF),
      Map.entry("when_expression", WHEN),
      Map.entry("when_entry", WHEN_ENTRY),
      Map.entry("for_statement", FOR),
      Map.entry("while_statement", WHILE),
      Map.entry("do_while_statement", DO_WHILE),
      Map.entry("try_expression", TRY),
      Map.entry("catch_block", CATCH),
      Map.entry("jump_expression", JUMP),
      Map.entry("label", LABEL),
      Map.entry("conjunction_expression", CONJUNCTION),
      Map.entry("disjunction_expression", DISJUNCTION),
      Map.entry("elvis_expression", ELVIS),
      Map.entry("assignment", BINARY),
      Map.entry("equality_expression", BINARY),
      Map.entry("comparison_expression", BINARY),
      Map.entry("infix_expression", BINARY),
      Map.entry("range_expression", BINARY),
      Map.entry("additive_expression", BINARY),
      Map.entry("multiplicative_expression", BINARY),
      Map.entry("check_expression", CHECK),
      Map.entry("parenthesized_expression", PARENTHESIZED),
      Map.entry("call_expression", CALL),
      Map.entry("call_suffix", CALL_SUFFIX),
      Map.entry("annotated_lambda", ANNOTATED_LAMBDA),
      Map.entry("navigation_expression", NAVIGATION),
      Map.entry("navigation_suffix", NAVIGATION_SUFFIX),
      Map.entry("control_structure_body", BODY),
      Map.entry("statements", STATEMENTS),
      Map.entry("function_body", FUNCTION_BODY),
      Map.entry("function_value_parameters", PARAMETERS),
      Map.entry("parameter", PARAMETER),
      Map.entry("line_comment", COMMENT),
      Map.entry("multiline_comment", COMMENT),
      Map.entry("string_literal", STRING),
      Map.entry("this_expression", THIS),
      Map.entry("modifiers", MODIFIERS),
      Map.entry("value_arguments", VALUE_ARGUMENTS),
      Map.entry("value_argument", VALUE_ARGUMENT),
      Map.entry("ERROR", ERROR));

  /** Anonymous tokens. */
  static final Map<String, Byte> TOKENS = Map.of(
      "else", ELSE_TOKEN, "break", BREAK_TOKEN, "break@", BREAK_TOKEN, "continue", CONTINUE_TOKEN,
      "continue@", CONTINUE_TOKEN, "return", RETURN_TOKEN, "return@", RETURN_TOKEN, "in", IN_TOKEN, "!in", IN_TOKEN,
      "{", LEFT_BRACE);

  static boolean isFunction(byte kind) {
    return kind == FUNCTION || kind == ANONYMOUS_FUNCTION;
  }

  static boolean isType(byte kind) {
    return kind == CLASS || kind == OBJECT || kind == COMPANION;
  }

  static boolean isLogical(byte kind) {
    return kind == CONJUNCTION || kind == DISJUNCTION;
  }

  /** The nodes detekt's PSI calls binary expressions ({@code KtBinaryExpression}), {@code in} checks included. */
  static boolean isBinary(byte kind) {
    return kind == BINARY || kind == CONJUNCTION || kind == DISJUNCTION || kind == ELVIS;
  }
}
