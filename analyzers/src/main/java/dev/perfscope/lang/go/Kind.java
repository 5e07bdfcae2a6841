package dev.perfscope.lang.go;

import java.util.Map;

/**
 * The node kinds of tree-sitter-go the metrics tell apart, as small numbers ({@link GoGrammar} maps the grammar's
 * symbol ids to these once).
 */
final class Kind {
  static final byte OTHER = 0;
  static final byte FUNCTION = 1;
  static final byte METHOD = 2;
  static final byte FUNC_LITERAL = 3;
  static final byte IF = 4;
  static final byte FOR = 5;
  static final byte EXPRESSION_SWITCH = 6;
  static final byte TYPE_SWITCH = 7;
  static final byte SELECT = 8;
  static final byte CASE = 9;
  static final byte DEFAULT_CASE = 10;
  static final byte BINARY = 11;
  static final byte BREAK = 12;
  static final byte CONTINUE = 13;
  static final byte GOTO = 14;
  static final byte LABEL = 15;
  static final byte CALL = 16;
  static final byte IDENTIFIER = 17;
  static final byte COMMENT = 18;
  static final byte STRING = 19;
  static final byte STATEMENT = 20;
  static final byte PARAMETER = 22;
  static final byte VARIADIC_PARAMETER = 23;
  static final byte TYPE_SPEC = 24;
  static final byte EXPRESSION_LIST = 25;
  static final byte BINDING = 26;
  static final byte SELECTOR = 27;
  static final byte FIELD_IDENTIFIER = 28;
  static final byte KEYED_ELEMENT = 29;
  static final byte LITERAL_ELEMENT = 30;
  static final byte TYPE_WRAPPER = 31;
  static final byte TYPE_IDENTIFIER = 32;
  static final byte SHORT_VAR_DECLARATION = 34;
  static final byte RANGE_CLAUSE = 35;
  static final byte RECEIVE = 36;
  static final byte ASSIGNMENT = 37;
  static final byte INC_DEC = 38;
  static final byte RETURN = 39;
  static final byte AND = 40;
  static final byte OR = 41;
  static final byte VAR_DECLARATION = 42;
  static final byte CONST_DECLARATION = 43;
  static final byte TYPE_DECLARATION = 44;
  static final byte ERROR = 45;
  static final byte BLOCK = 46;
  static final byte STATEMENT_LIST = 47;
  static final byte PACKAGE_IDENTIFIER = 48;
  static final byte LITERAL = 49;
  static final byte IMPORT_DECLARATION = 50;
  static final byte PACKAGE_CLAUSE = 51;
  static final byte IMPORT_SPEC = 52;
  static final byte QUALIFIED_TYPE = 53;
  static final byte FIELD_DECLARATION = 54;
  static final byte BRACE_OPEN = 55;
  static final byte BRACE_CLOSE = 56;
  static final byte TERMINATOR = 57;
  static final byte FUNCTION_TYPE = 58;
  static final byte PARAMETER_LIST = 59;

  private Kind() {}

  /** Named node types by their name in tree-sitter-go 0.25. */
  static final Map<String, Byte> NAMED = Map.ofEntries(
      Map.entry("function_declaration", FUNCTION),
      Map.entry("method_declaration", METHOD),
      Map.entry("func_literal", FUNC_LITERAL),
      Map.entry("if_statement", IF),
      Map.entry("for_statement", FOR),
      Map.entry("expression_switch_statement", EXPRESSION_SWITCH),
      Map.entry("type_switch_statement", TYPE_SWITCH),
      Map.entry("select_statement", SELECT),
      Map.entry("expression_case", CASE),
      Map.entry("type_case", CASE),
      Map.entry("communication_case", CASE),
      Map.entry("default_case", DEFAULT_CASE),
      Map.entry("binary_expression", BINARY),
      Map.entry("break_statement", BREAK),
      Map.entry("continue_statement", CONTINUE),
      Map.entry("goto_statement", GOTO),
      Map.entry("label_name", LABEL),
      Map.entry("call_expression", CALL),
      Map.entry("identifier", IDENTIFIER),
      Map.entry("comment", COMMENT),
      Map.entry("raw_string_literal", STRING),
      Map.entry("interpreted_string_literal", STRING),
      Map.entry("expression_statement", STATEMENT),
      Map.entry("send_statement", STATEMENT),
      Map.entry("inc_statement", INC_DEC),
      Map.entry("dec_statement", INC_DEC),
      Map.entry("assignment_statement", ASSIGNMENT),
      Map.entry("short_var_declaration", SHORT_VAR_DECLARATION),
      Map.entry("range_clause", RANGE_CLAUSE),
      Map.entry("receive_statement", RECEIVE),
      Map.entry("var_declaration", VAR_DECLARATION),
      Map.entry("const_declaration", CONST_DECLARATION),
      Map.entry("type_declaration", TYPE_DECLARATION),
      Map.entry("fallthrough_statement", STATEMENT),
      Map.entry("return_statement", RETURN),
      Map.entry("go_statement", STATEMENT),
      Map.entry("defer_statement", STATEMENT),
      Map.entry("parameter_declaration", PARAMETER),
      Map.entry("variadic_parameter_declaration", VARIADIC_PARAMETER),
      Map.entry("type_spec", TYPE_SPEC),
      Map.entry("type_alias", TYPE_SPEC),
      Map.entry("expression_list", EXPRESSION_LIST),
      Map.entry("var_spec", BINDING),
      Map.entry("const_spec", BINDING),
      Map.entry("selector_expression", SELECTOR),
      Map.entry("field_identifier", FIELD_IDENTIFIER),
      Map.entry("keyed_element", KEYED_ELEMENT),
      Map.entry("literal_element", LITERAL_ELEMENT),
      Map.entry("pointer_type", TYPE_WRAPPER),
      Map.entry("generic_type", TYPE_WRAPPER),
      Map.entry("parenthesized_type", TYPE_WRAPPER),
      Map.entry("type_identifier", TYPE_IDENTIFIER),
      Map.entry("block", BLOCK),
      Map.entry("statement_list", STATEMENT_LIST),
      Map.entry("package_identifier", PACKAGE_IDENTIFIER),
      Map.entry("int_literal", LITERAL),
      Map.entry("float_literal", LITERAL),
      Map.entry("imaginary_literal", LITERAL),
      Map.entry("rune_literal", LITERAL),
      Map.entry("true", LITERAL),
      Map.entry("false", LITERAL),
      Map.entry("nil", LITERAL),
      Map.entry("iota", LITERAL),
      Map.entry("import_declaration", IMPORT_DECLARATION),
      Map.entry("package_clause", PACKAGE_CLAUSE),
      Map.entry("import_spec", IMPORT_SPEC),
      Map.entry("qualified_type", QUALIFIED_TYPE),
      Map.entry("field_declaration", FIELD_DECLARATION),
      Map.entry("function_type", FUNCTION_TYPE),
      Map.entry("parameter_list", PARAMETER_LIST));

  /** Operator tokens (anonymous nodes). */
  static final Map<String, Byte> TOKENS = Map.of("&&", AND, "||", OR, "{", BRACE_OPEN, "}", BRACE_CLOSE,
      ";", TERMINATOR, "\n", TERMINATOR);

  static boolean isUnit(byte kind) {
    return kind == FUNCTION || kind == METHOD || kind == FUNC_LITERAL;
  }

  /** A statement that holds no other statements (a function literal in it aside). */
  static boolean isSimpleStatement(byte kind) {
    return kind == STATEMENT || kind == SHORT_VAR_DECLARATION || kind == ASSIGNMENT || kind == INC_DEC
        || kind == RETURN || kind == VAR_DECLARATION || kind == CONST_DECLARATION || kind == TYPE_DECLARATION;
  }

  /** {@code if}, {@code for}, the switches and {@code select}: statements holding blocks of statements. */
  static boolean isCompound(byte kind) {
    return kind == IF || kind == FOR || isSwitch(kind);
  }

  static boolean isSwitch(byte kind) {
    return kind == EXPRESSION_SWITCH || kind == TYPE_SWITCH || kind == SELECT;
  }
}
