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
  static final byte PACKAGE_HEADER = 51;
  static final byte IMPORT_LIST = 52;
  static final byte IMPORT_HEADER = 53;
  static final byte IMPORT_ALIAS = 54;
  static final byte WILDCARD_IMPORT = 55;
  static final byte PATH = 56;
  static final byte CLASS_BODY = 57;
  static final byte CLASS_PARAMETER = 58;
  static final byte BINDING = 59;
  static final byte SECONDARY_CONSTRUCTOR = 60;
  static final byte INITIALIZER = 61;
  static final byte ENUM_ENTRY = 62;
  static final byte TYPE_ALIAS = 63;
  static final byte USER_TYPE = 64;
  static final byte ASSIGNABLE = 65;
  static final byte POSTFIX = 66;
  static final byte PREFIX = 67;
  static final byte LITERAL = 68;
  static final byte INTERPOLATED_IDENTIFIER = 69;
  static final byte RIGHT_BRACE = 70;
  static final byte MULTI_VARIABLE = 71;
  static final byte PRIMARY_CONSTRUCTOR = 72;

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
      Map.entry("package_header", PACKAGE_HEADER),
      Map.entry("import_list", IMPORT_LIST),
      Map.entry("import_header", IMPORT_HEADER),
      Map.entry("import_alias", IMPORT_ALIAS),
      Map.entry("wildcard_import", WILDCARD_IMPORT),
      Map.entry("identifier", PATH),
      Map.entry("class_body", CLASS_BODY),
      Map.entry("enum_class_body", CLASS_BODY),
      Map.entry("class_parameter", CLASS_PARAMETER),
      Map.entry("binding_pattern_kind", BINDING),
      Map.entry("secondary_constructor", SECONDARY_CONSTRUCTOR),
      Map.entry("anonymous_initializer", INITIALIZER),
      Map.entry("enum_entry", ENUM_ENTRY),
      Map.entry("type_alias", TYPE_ALIAS),
      Map.entry("user_type", USER_TYPE),
      Map.entry("directly_assignable_expression", ASSIGNABLE),
      Map.entry("postfix_expression", POSTFIX),
      Map.entry("prefix_expression", PREFIX),
      Map.entry("integer_literal", LITERAL),
      Map.entry("long_literal", LITERAL),
      Map.entry("real_literal", LITERAL),
      Map.entry("hex_literal", LITERAL),
      Map.entry("bin_literal", LITERAL),
      Map.entry("unsigned_literal", LITERAL),
      Map.entry("boolean_literal", LITERAL),
      Map.entry("character_literal", LITERAL),
      Map.entry("interpolated_identifier", INTERPOLATED_IDENTIFIER),
      Map.entry("multi_variable_declaration", MULTI_VARIABLE),
      Map.entry("primary_constructor", PRIMARY_CONSTRUCTOR),
      Map.entry("ERROR", ERROR));

  /** Anonymous tokens. */
  static final Map<String, Byte> TOKENS = Map.ofEntries(
      Map.entry("else", ELSE_TOKEN), Map.entry("break", BREAK_TOKEN), Map.entry("break@", BREAK_TOKEN),
      Map.entry("continue", CONTINUE_TOKEN), Map.entry("continue@", CONTINUE_TOKEN), Map.entry("return", RETURN_TOKEN),
      Map.entry("return@", RETURN_TOKEN), Map.entry("in", IN_TOKEN), Map.entry("!in", IN_TOKEN),
      Map.entry("{", LEFT_BRACE), Map.entry("}", RIGHT_BRACE), Map.entry("null", LITERAL));

  static boolean isFunction(byte kind) {
    return kind == FUNCTION || kind == ANONYMOUS_FUNCTION;
  }

  static boolean isType(byte kind) {
    return kind == CLASS || kind == OBJECT || kind == COMPANION;
  }

  /** A class, interface, enum, object or type alias declared at a file's top level or in a class. */
  static boolean isDeclaredType(byte kind) {
    return kind == CLASS || kind == OBJECT || kind == TYPE_ALIAS;
  }

  /** {@code if}, {@code when}, the loops and {@code try}: statements holding blocks of statements. */
  static boolean isCompound(byte kind) {
    return kind == IF || kind == WHEN || kind == FOR || kind == WHILE || kind == DO_WHILE || kind == TRY;
  }

  static boolean isLoop(byte kind) {
    return kind == FOR || kind == WHILE || kind == DO_WHILE;
  }

  static boolean isLogical(byte kind) {
    return kind == CONJUNCTION || kind == DISJUNCTION;
  }

  /** The nodes detekt's PSI calls binary expressions ({@code KtBinaryExpression}), {@code in} checks included. */
  static boolean isBinary(byte kind) {
    return kind == BINARY || kind == CONJUNCTION || kind == DISJUNCTION || kind == ELVIS;
  }
}
