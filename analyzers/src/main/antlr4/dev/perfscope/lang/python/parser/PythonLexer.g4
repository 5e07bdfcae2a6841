/*
 * Python 3.8-3.13 tokens for Perfscope. Layout (NEWLINE, INDENT, DEDENT, bracket depth) and the bodies of
 * string literals, f-strings included, are handled in PythonLexerBase: a string is one STRING token.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

@header {
// Generated from our own grammar; do not edit.
}

// Strings first: a prefix letter followed by a quote is a string, not a name.
STRING : STRING_PREFIX? ['"] { scanString(); } ;

NUMBER
  : DEC_INT
  | (POINT_FLOAT | EXPONENT_FLOAT) [jJ]?
  | DIGIT_PART [jJ]
  | '0' [xX] ('_'? [0-9a-fA-F])+
  | '0' [oO] ('_'? [0-7])+
  | '0' [bB] ('_'? [01])+
  ;

// Hard keywords.
FALSE : 'False' ; NONE : 'None' ; TRUE : 'True' ; AND : 'and' ; AS : 'as' ; ASSERT : 'assert' ;
ASYNC : 'async' ; AWAIT : 'await' ; BREAK : 'break' ; CLASS : 'class' ; CONTINUE : 'continue' ;
DEF : 'def' ; DEL : 'del' ; ELIF : 'elif' ; ELSE : 'else' ; EXCEPT : 'except' ; FINALLY : 'finally' ;
FOR : 'for' ; FROM : 'from' ; GLOBAL : 'global' ; IF : 'if' ; IMPORT : 'import' ; IN : 'in' ; IS : 'is' ;
LAMBDA : 'lambda' ; NONLOCAL : 'nonlocal' ; NOT : 'not' ; OR : 'or' ; PASS : 'pass' ; RAISE : 'raise' ;
RETURN : 'return' ; TRY : 'try' ; WHILE : 'while' ; WITH : 'with' ; YIELD : 'yield' ;

// Soft keywords: names everywhere except where the parser expects them as keywords.
MATCH : 'match' ; CASE : 'case' ; TYPE : 'type' ;

NAME : ID_START ID_CONTINUE* ;

// A line break plus the next line's indentation (which a backslash may continue onto the line after);
// PythonLexerBase turns it into NEWLINE, INDENT and DEDENT.
NEWLINE : LINE_BREAK ([ \t\f]* '\\' LINE_BREAK)* [ \t\f]* ;

LPAR : '(' ; RPAR : ')' ; LSQB : '[' ; RSQB : ']' ; LBRACE : '{' ; RBRACE : '}' ;
ELLIPSIS : '...' ; DOT : '.' ; COMMA : ',' ; COLON : ':' ; SEMI : ';' ; ARROW : '->' ; WALRUS : ':=' ;
POWER : '**' ; STAR : '*' ; AT : '@' ;
ASSIGN : '=' ;
AUGASSIGN : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//=' ;
PLUS : '+' ; MINUS : '-' ; TILDE : '~' ; VBAR : '|' ;
SLASH : '/' ;
BINOP : '//' | '%' | '&' | '^' | '<<' | '>>' ;
COMPOP : '<' | '>' | '==' | '>=' | '<=' | '!=' ;

COMMENT : '#' ~[\r\n]* -> skip ;
WS : [ \t\f]+ -> skip ;
LINE_JOIN : '\\' LINE_BREAK -> skip ;

fragment LINE_BREAK : '\r'? '\n' | '\r' ;

fragment STRING_PREFIX
  : [rRuUfFbB]
  | [fF] [rR] | [rR] [fF]
  | [bB] [rR] | [rR] [bB]
  ;

fragment DIGIT_PART : [0-9] ('_'? [0-9])* ;
fragment DEC_INT : [1-9] ('_'? [0-9])* | '0' ('_'? '0')* ;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART ;

fragment ID_START : [_\p{XID_Start}] ;
fragment ID_CONTINUE : [_\p{XID_Continue}] ;
