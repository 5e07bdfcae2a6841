/**
 * From a module's text to its tokens and parse tree, or to the syntax error CPython would report first: the
 * ANTLR grammar ({@code src/main/antlr4}, generating {@code PythonLexer} and {@code PythonParser} here), the
 * lexer's hand-written half ({@link dev.perfscope.lang.python.parser.PythonLexerBase}: layout, brackets, string
 * bodies), the two-stage parse ({@link dev.perfscope.lang.python.parser.ModuleParser}), the PEP 263 coding
 * cookie, and the small questions about tokens and trees every later stage asks
 * ({@link dev.perfscope.lang.python.parser.Trees}, {@link dev.perfscope.lang.python.parser.TokenPrefix}).
 */
package dev.perfscope.lang.python.parser;
