/*
 * Python 3.8-3.13 structure for Perfscope. Accepts every valid module; a little more permissive than
 * CPython where the extra checks would cost lookahead and no metric depends on them (assignment targets,
 * parameter order, mixing dict and set items). Binary operators below `not` form one flat level: their
 * precedence does not matter to any metric, and the accepted language is the same.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

@header {
// Generated from our own grammar; do not edit.
}

file_input : (NEWLINE | stmt)* EOF ;

/** One replacement field of an f-string, parsed on its own for the metrics of its expression. */
fstring_field : (yield_expr | star_expressions) NEWLINE? EOF ;

stmt : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
  : expr_stmt
  | return_stmt
  | import_stmt
  | raise_stmt
  | PASS
  | del_stmt
  | assert_stmt
  | BREAK
  | CONTINUE
  | global_stmt
  | type_alias
  ;

expr_stmt
  : (yield_expr | star_expressions)
    ( COLON expression (ASSIGN (yield_expr | star_expressions))?
    | AUGASSIGN (yield_expr | star_expressions)
    | (ASSIGN (yield_expr | star_expressions))*
    )
  ;

return_stmt : RETURN star_expressions? ;
raise_stmt : RAISE (expression (FROM expression)?)? ;
del_stmt : DEL target_list ;
assert_stmt : ASSERT expression (COMMA expression)? ;
global_stmt : (GLOBAL | NONLOCAL) name (COMMA name)* ;
type_alias : TYPE name type_params? ASSIGN expression ;

import_stmt
  : IMPORT dotted_as_name (COMMA dotted_as_name)*
  | FROM ((DOT | ELLIPSIS)* dotted_name | (DOT | ELLIPSIS)+) IMPORT
    (STAR | LPAR import_as_names COMMA? RPAR | import_as_names)
  ;
import_as_names : name (AS name)? (COMMA name (AS name)?)* ;
dotted_as_name : dotted_name (AS name)? ;
dotted_name : name (DOT name)* ;

compound_stmt
  : function_def
  | if_stmt
  | class_def
  | with_stmt
  | for_stmt
  | try_stmt
  | while_stmt
  | match_stmt
  | decorated
  ;

decorated : decorator+ (class_def | function_def) ;
decorator : AT named_expression NEWLINE ;

function_def
  : ASYNC? DEF name type_params? LPAR parameters? RPAR (ARROW expression)? COLON block ;

parameters : parameter (COMMA parameter)* COMMA? ;
parameter
  : SLASH
  | STAR (name (COLON (STAR arith | expression))?)?
  | POWER name (COLON expression)?
  | name (COLON expression)? (ASSIGN expression)?
  ;

class_def : CLASS name type_params? (LPAR arguments? RPAR)? COLON block ;

type_params : LSQB type_param (COMMA type_param)* COMMA? RSQB ;
type_param : (STAR | POWER)? name (COLON expression)? (ASSIGN (STAR arith | expression))? ;

block : NEWLINE INDENT stmt+ DEDENT | simple_stmts ;

if_stmt : IF named_expression COLON block elif_clause* else_block? ;
elif_clause : ELIF named_expression COLON block ;
else_block : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;
for_stmt : ASYNC? FOR target_list IN star_expressions COLON block else_block? ;

with_stmt
  : ASYNC? WITH
    ( LPAR with_item (COMMA with_item)* COMMA? RPAR
    | with_item (COMMA with_item)*
    ) COLON block
  ;
with_item : expression (AS target)? ;

try_stmt : TRY COLON block (except_clause+ else_block? finally_block? | finally_block) ;
except_clause : EXCEPT (STAR? expression (AS name)?)? COLON block ;
finally_block : FINALLY COLON block ;

match_stmt : MATCH subject COLON NEWLINE INDENT case_block+ DEDENT ;
subject : star_named_expression (COMMA star_named_expression)* COMMA? ;
case_block : CASE patterns (IF named_expression)? COLON block ;

patterns : star_pattern (COMMA star_pattern)* COMMA? ;
star_pattern : STAR name | pattern ;
pattern : closed_pattern (VBAR closed_pattern)* (AS name)? ;
closed_pattern
  : literal_pattern
  | name_pattern
  | LPAR patterns? RPAR
  | LSQB patterns? RSQB
  | LBRACE (mapping_item (COMMA mapping_item)* COMMA?)? RBRACE
  ;
literal_pattern : MINUS? NUMBER ((PLUS | MINUS) NUMBER)? | STRING+ | NONE | TRUE | FALSE ;
name_pattern : name (DOT name)* (LPAR (class_arg (COMMA class_arg)* COMMA?)? RPAR)? ;
class_arg : name ASSIGN pattern | pattern ;
mapping_item : POWER name | (literal_pattern | name (DOT name)+) COLON pattern ;

// Expressions. Each rule level costs a parse-tree node per operand, so the levels are few: everything from
// `or` down to unary operators and `await` is one rule, `disjunction`, whose operand sequence accepts exactly
// the language of CPython's precedence levels (only the tree shape differs, and no metric needs it).

star_expressions : star_expression (COMMA star_expression)* COMMA? ;
star_expression : STAR arith | expression ;
star_named_expression : STAR arith | expression (WALRUS expression)? ;
named_expression : expression (WALRUS expression)? ;

expression : disjunction (IF disjunction ELSE expression)? | lambdef ;

/** Boolean operators, `not`, comparisons and binary operators between unary operands, on one level. */
disjunction : NOT* unary (binary_operator unary | (AND | OR) NOT* unary)* ;

/** Binary operators only: the operand of a star in a star expression. */
arith : unary (binary_operator unary)* ;

binary_operator
  : PLUS | MINUS | STAR | SLASH | AT | VBAR | BINOP | COMPOP | IN | NOT IN | IS NOT?
  ;

unary : (PLUS | MINUS | TILDE)* AWAIT? atom trailer* (POWER unary)? ;
trailer : LPAR arguments? RPAR | LSQB slices RSQB | DOT name ;

atom
  : name
  | NUMBER
  | STRING+
  | NONE | TRUE | FALSE | ELLIPSIS
  | LPAR (yield_expr | testlist_comp)? RPAR
  | LSQB testlist_comp? RSQB
  | LBRACE (brace_item (comp_for | (COMMA brace_item)* COMMA?))? RBRACE
  ;

testlist_comp : star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?) ;
brace_item : POWER arith | STAR arith | named_expression (COLON expression)? ;

comp_for : (ASYNC? FOR target_list IN disjunction (IF disjunction)*)+ ;

slices : slice (COMMA slice)* COMMA? ;
slice : STAR arith | named_expression (COLON slice_rest)? | COLON slice_rest ;
slice_rest : expression? (COLON expression?)? ;

arguments : argument (COMMA argument)* COMMA? ;
argument : (STAR | POWER) expression | expression (WALRUS expression | ASSIGN expression | comp_for)? ;

lambdef : LAMBDA lambda_parameters? COLON expression ;
lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA? ;
lambda_parameter : SLASH | STAR name? | POWER name | name (ASSIGN expression)? ;

yield_expr : YIELD (FROM expression | star_expressions)? ;

target_list : target (COMMA target)* COMMA? ;
target : STAR? atom trailer* ;

name : NAME | MATCH | CASE | TYPE ;
