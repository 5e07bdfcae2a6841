/**
 * A module's {@link dev.perfscope.model.Structure}, behind {@link
 * dev.perfscope.lang.python.structure.PythonStructure}: its members, the edges between them found by name
 * binding (scopes, what each statement binds, the names each scope uses), its imports, and the candidate
 * blocks for extraction with their reads and writes.
 */
package dev.perfscope.lang.python.structure;
