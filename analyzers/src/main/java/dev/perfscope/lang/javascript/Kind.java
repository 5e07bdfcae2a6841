package dev.perfscope.lang.javascript;

import java.util.Map;

/**
 * The node kinds the metrics tell apart, as small numbers: each grammar's symbol ids are mapped to these once
 * ({@link Grammar}), so that walking a tree compares integers instead of asking the native library for type names.
 */
final class Kind {
  static final byte OTHER = 0;
  static final byte FUNCTION_DECLARATION = 1;
  static final byte FUNCTION_EXPRESSION = 2;
  static final byte ARROW_FUNCTION = 3;
  static final byte METHOD = 4;
  static final byte STATIC_BLOCK = 5;
  static final byte CLASS = 6;
  static final byte IF = 7;
  static final byte ELSE = 8;
  static final byte FOR = 9;
  static final byte FOR_IN = 10;
  static final byte WHILE = 11;
  static final byte DO = 12;
  static final byte SWITCH = 13;
  static final byte CASE = 14;
  static final byte DEFAULT_CASE = 15;
  static final byte TRY = 16;
  static final byte CATCH = 17;
  static final byte TERNARY = 18;
  static final byte BINARY = 19;
  static final byte AUGMENTED_ASSIGNMENT = 20;
  static final byte ASSIGNMENT_PATTERN = 21;
  static final byte OPTIONAL_CHAIN = 22;
  static final byte BREAK = 23;
  static final byte CONTINUE = 24;
  static final byte COMMENT = 25;
  static final byte PARENTHESIZED = 26;
  static final byte FORMAL_PARAMETERS = 27;
  static final byte PARAMETER = 28;
  static final byte STATEMENT_BLOCK = 29;
  static final byte STATEMENT = 30;
  static final byte STRING = 31;
  static final byte JSX_EXPRESSION = 32;
  static final byte VARIABLE_DECLARATOR = 33;
  static final byte ASSIGNMENT = 34;
  static final byte PAIR = 35;
  static final byte FIELD = 36;
  static final byte MEMBER_EXPRESSION = 37;
  static final byte CLASS_BODY = 38;
  static final byte AND = 40;
  static final byte OR = 41;
  static final byte NULLISH = 42;
  static final byte LOGICAL_ASSIGN = 43;
  static final byte JSX_ELEMENT = 44;
  static final byte ERROR = 45;
  static final byte PUNCTUATION = 46;
  /** A bare {@code ?.} token: TypeScript's grammars give an optional call no {@code optional_chain} node. */
  static final byte OPTIONAL_TOKEN = 47;
  // kinds the structure and the code tokens read (ScriptStructure, ScriptTokens)
  static final byte RETURN = 48;
  static final byte DECLARATION = 49;
  static final byte IDENTIFIER = 50;
  static final byte PROPERTY_IDENTIFIER = 51;
  static final byte TYPE_IDENTIFIER = 52;
  static final byte THIS = 53;
  static final byte CALL = 54;
  static final byte IMPORT = 55;
  static final byte EXPORT = 56;
  static final byte IMPORT_SPECIFIER = 57;
  static final byte TYPE_DECLARATION = 58;
  static final byte LITERAL = 59;
  static final byte YIELD = 60;
  static final byte UPDATE = 61;
  static final byte PROGRAM = 62;
  static final byte SUBSCRIPT = 63;
  static final byte BRACE_OPEN = 64;
  static final byte BRACE_CLOSE = 65;
  static final byte SEMICOLON = 66;
  static final byte OBJECT = 67;
  /** A TypeScript overload or ambient function: a signature without a body. */
  static final byte SIGNATURE = 68;

  private Kind() {}

  /** Named node types by the name the grammars give them (the TypeScript grammars add a few of their own). */
  static final Map<String, Byte> NAMED = Map.ofEntries(
      Map.entry("function_declaration", FUNCTION_DECLARATION),
      Map.entry("generator_function_declaration", FUNCTION_DECLARATION),
      Map.entry("function_expression", FUNCTION_EXPRESSION),
      Map.entry("generator_function", FUNCTION_EXPRESSION),
      Map.entry("arrow_function", ARROW_FUNCTION),
      Map.entry("method_definition", METHOD),
      Map.entry("class_static_block", STATIC_BLOCK),
      Map.entry("class_declaration", CLASS),
      Map.entry("abstract_class_declaration", CLASS),
      Map.entry("class", CLASS),
      Map.entry("class_body", CLASS_BODY),
      Map.entry("if_statement", IF),
      Map.entry("else_clause", ELSE),
      Map.entry("for_statement", FOR),
      Map.entry("for_in_statement", FOR_IN),
      Map.entry("while_statement", WHILE),
      Map.entry("do_statement", DO),
      Map.entry("switch_statement", SWITCH),
      Map.entry("switch_case", CASE),
      Map.entry("switch_default", DEFAULT_CASE),
      Map.entry("try_statement", TRY),
      Map.entry("catch_clause", CATCH),
      Map.entry("ternary_expression", TERNARY),
      Map.entry("binary_expression", BINARY),
      Map.entry("augmented_assignment_expression", AUGMENTED_ASSIGNMENT),
      Map.entry("assignment_pattern", ASSIGNMENT_PATTERN),
      Map.entry("object_assignment_pattern", ASSIGNMENT_PATTERN),
      Map.entry("optional_chain", OPTIONAL_CHAIN),
      Map.entry("break_statement", BREAK),
      Map.entry("continue_statement", CONTINUE),
      Map.entry("comment", COMMENT),
      Map.entry("html_comment", COMMENT),
      Map.entry("parenthesized_expression", PARENTHESIZED),
      Map.entry("formal_parameters", FORMAL_PARAMETERS),
      Map.entry("required_parameter", PARAMETER),
      Map.entry("optional_parameter", PARAMETER),
      Map.entry("statement_block", STATEMENT_BLOCK),
      Map.entry("expression_statement", STATEMENT),
      Map.entry("return_statement", RETURN),
      Map.entry("throw_statement", STATEMENT),
      Map.entry("lexical_declaration", DECLARATION),
      Map.entry("variable_declaration", DECLARATION),
      Map.entry("debugger_statement", STATEMENT),
      Map.entry("labeled_statement", STATEMENT),
      Map.entry("with_statement", STATEMENT),
      Map.entry("string", STRING),
      Map.entry("template_string", STRING),
      Map.entry("jsx_expression", JSX_EXPRESSION),
      Map.entry("jsx_element", JSX_ELEMENT),
      Map.entry("jsx_self_closing_element", JSX_ELEMENT),
      Map.entry("variable_declarator", VARIABLE_DECLARATOR),
      Map.entry("assignment_expression", ASSIGNMENT),
      Map.entry("pair", PAIR),
      Map.entry("field_definition", FIELD),
      Map.entry("public_field_definition", FIELD),
      Map.entry("member_expression", MEMBER_EXPRESSION),
      Map.entry("identifier", IDENTIFIER),
      Map.entry("shorthand_property_identifier", IDENTIFIER),
      Map.entry("shorthand_property_identifier_pattern", IDENTIFIER),
      Map.entry("property_identifier", PROPERTY_IDENTIFIER),
      Map.entry("private_property_identifier", PROPERTY_IDENTIFIER),
      Map.entry("type_identifier", TYPE_IDENTIFIER),
      Map.entry("this", THIS),
      Map.entry("call_expression", CALL),
      Map.entry("import_statement", IMPORT),
      Map.entry("export_statement", EXPORT),
      Map.entry("import_specifier", IMPORT_SPECIFIER),
      Map.entry("interface_declaration", TYPE_DECLARATION),
      Map.entry("type_alias_declaration", TYPE_DECLARATION),
      Map.entry("enum_declaration", TYPE_DECLARATION),
      Map.entry("number", LITERAL),
      Map.entry("regex", LITERAL),
      Map.entry("true", LITERAL),
      Map.entry("false", LITERAL),
      Map.entry("null", LITERAL),
      Map.entry("undefined", LITERAL),
      Map.entry("jsx_text", LITERAL),
      Map.entry("yield_expression", YIELD),
      Map.entry("update_expression", UPDATE),
      Map.entry("program", PROGRAM),
      Map.entry("subscript_expression", SUBSCRIPT),
      Map.entry("object", OBJECT),
      Map.entry("function_signature", SIGNATURE),
      Map.entry("ERROR", ERROR));

  /** Operator tokens (anonymous nodes). */
  static final Map<String, Byte> TOKENS = Map.ofEntries(
      Map.entry("(", PUNCTUATION), Map.entry(")", PUNCTUATION), Map.entry(",", PUNCTUATION),
      Map.entry("?.", OPTIONAL_TOKEN), Map.entry("&&", AND), Map.entry("||", OR), Map.entry("??", NULLISH),
      Map.entry("&&=", LOGICAL_ASSIGN), Map.entry("||=", LOGICAL_ASSIGN), Map.entry("??=", LOGICAL_ASSIGN),
      Map.entry("{", BRACE_OPEN), Map.entry("}", BRACE_CLOSE), Map.entry(";", SEMICOLON));

  static boolean isFunction(byte kind) {
    return kind >= FUNCTION_DECLARATION && kind <= STATIC_BLOCK;
  }

  /** A statement that holds no other statement: an expression, {@code return}, {@code throw}, a declaration... */
  static boolean isSimpleStatement(byte kind) {
    return kind == STATEMENT || kind == RETURN || kind == DECLARATION;
  }

  /** A statement that holds others and makes a candidate block of its own ({@code if}, a loop, ...). */
  static boolean isCompound(byte kind) {
    return switch (kind) {
      case IF, FOR, FOR_IN, WHILE, DO, SWITCH, TRY -> true;
      default -> false;
    };
  }

  static boolean isLogical(byte kind) {
    return kind == AND || kind == OR || kind == NULLISH;
  }
}
