/*
 * One JNI call per file: parse with tree-sitter and hand the whole tree back as one int array.
 *
 * The io.github.bonede bindings cross between Java and C for every node and every question about it, and their
 * JNI code looks the node class and its fields up by name at each crossing; their natives are also built
 * without optimization. Reading a tree through them costs three to four times the parse. Here the parse, the
 * walk and the search for the first error run in C, built with -O2 together with tree-sitter's own sources, and
 * Java receives plain numbers. Grammars still come from the bindings' grammar libraries: a TSLanguage is plain
 * data and function pointers, which any tree-sitter core of a compatible ABI can use.
 *
 * The array: HEADER ints, then NODE ints per node in document order (preorder):
 *   [0] node count, [1] byte offset of the first error or -1, [2] symbol of that error when it is a MISSING token
 *   (the token tree-sitter had to assume), else -1;
 *   per node: symbol, field id (0 for none), parent index (-1 for the root), start byte, end byte.
 */
#include <jni.h>
#include <stdlib.h>
#include <string.h>
#include "tree_sitter/api.h"

#define HEADER 3
#define NODE 5

typedef struct {
  const char *text;
  uint32_t length;
} Source;

typedef struct {
  JNIEnv *env;
  jclass owner;
  jmethodID keep_parsing;
  int stopped;
} Watch;

static const char *read_source(void *payload, uint32_t byte, TSPoint point, uint32_t *bytes_read) {
  (void) point;
  Source *source = payload;
  if (byte >= source->length) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = source->length - byte;
  return source->text + byte;
}

/* Asks Java whether to go on (the file may have been given up on, or the parse be too slow). */
static bool progress(TSParseState *state) {
  Watch *watch = state->payload;
  if (watch->stopped) {
    return true;
  }
  jboolean keep = (*watch->env)->CallStaticBooleanMethod(watch->env, watch->owner, watch->keep_parsing,
      (jint) state->current_byte_offset);
  if ((*watch->env)->ExceptionCheck(watch->env) || !keep) {
    watch->stopped = 1;
  }
  return watch->stopped;
}

/* From the root, down the first child that is or holds an error, to the error itself. */
static TSNode first_error(TSNode root) {
  TSNode node = root;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  while (!ts_node_is_error(node) && !ts_node_is_missing(node) && ts_tree_cursor_goto_first_child(&cursor)) {
    int found = 0;
    do {
      TSNode child = ts_tree_cursor_current_node(&cursor);
      if (ts_node_is_error(child) || ts_node_is_missing(child) || ts_node_has_error(child)) {
        node = child;
        found = 1;
      }
    } while (!found && ts_tree_cursor_goto_next_sibling(&cursor));
    if (!found) {
      break;
    }
  }
  ts_tree_cursor_delete(&cursor);
  return node;
}

static void put_node(jint *out, uint32_t index, TSTreeCursor *cursor, jint parent) {
  TSNode node = ts_tree_cursor_current_node(cursor);
  jint *at = out + HEADER + (size_t) index * NODE;
  at[0] = ts_node_symbol(node);
  at[1] = ts_tree_cursor_current_field_id(cursor);
  at[2] = parent;
  at[3] = (jint) ts_node_start_byte(node);
  at[4] = (jint) ts_node_end_byte(node);
}

/* Fills out (sized for count nodes) in preorder; false when the tree holds more nodes than counted. */
static int flatten(TSNode root, jint *out, uint32_t count) {
  jint *parents = malloc(sizeof(jint) * 64);
  size_t depth = 0, capacity = 64;
  uint32_t size = 0;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  put_node(out, size++, &cursor, -1);
  jint current = 0;
  int complete = 1;
  for (;;) {
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      if (depth == capacity) {
        capacity *= 2;
        parents = realloc(parents, sizeof(jint) * capacity);
      }
      parents[depth++] = current;
    } else {
      while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
        if (!ts_tree_cursor_goto_parent(&cursor)) {
          goto done;
        }
        depth--;
      }
    }
    if (size == count) {
      complete = 0;
      break;
    }
    current = (jint) size;
    put_node(out, size++, &cursor, parents[depth - 1]);
  }
done:
  ts_tree_cursor_delete(&cursor);
  free(parents);
  return complete && size == count;
}

JNIEXPORT jintArray JNICALL Java_dev_perfscope_lang_treesitter_FlatTrees_parse(
    JNIEnv *env, jclass owner, jlong language, jbyteArray utf8) {
  jsize length = (*env)->GetArrayLength(env, utf8);
  char *text = malloc(length > 0 ? (size_t) length : 1);
  (*env)->GetByteArrayRegion(env, utf8, 0, length, (jbyte *) text);

  TSParser *parser = ts_parser_new();
  jintArray result = NULL;
  if (!ts_parser_set_language(parser, (const TSLanguage *) (intptr_t) language)) {
    goto out;
  }
  Source source = {text, (uint32_t) length};
  Watch watch = {env, owner, (*env)->GetStaticMethodID(env, owner, "keepParsing", "(I)Z"), 0};
  if (watch.keep_parsing == NULL) {
    goto out;
  }
  TSInput input = {&source, read_source, TSInputEncodingUTF8, NULL};
  TSParseOptions options = {&watch, progress};
  TSTree *tree = ts_parser_parse_with_options(parser, NULL, input, options);
  if (tree == NULL || (*env)->ExceptionCheck(env)) {
    if (tree != NULL) {
      ts_tree_delete(tree);
    }
    goto out;
  }
  TSNode root = ts_tree_root_node(tree);
  uint32_t count = ts_node_descendant_count(root);
  size_t ints = HEADER + (size_t) count * NODE;
  jint *flat = ints <= 0x7fffffff ? malloc(sizeof(jint) * ints) : NULL;
  if (flat != NULL && flatten(root, flat, count)) {
    flat[0] = (jint) count;
    flat[1] = -1;
    flat[2] = -1;
    if (ts_node_has_error(root)) {
      TSNode error = first_error(root);
      flat[1] = (jint) ts_node_start_byte(error);
      flat[2] = ts_node_is_missing(error) ? ts_node_symbol(error) : -1;
    }
    result = (*env)->NewIntArray(env, (jsize) ints);
    if (result != NULL) {
      (*env)->SetIntArrayRegion(env, result, 0, (jsize) ints, flat);
    }
  }
  free(flat);
  ts_tree_delete(tree);
out:
  ts_parser_delete(parser);
  free(text);
  return result;
}
