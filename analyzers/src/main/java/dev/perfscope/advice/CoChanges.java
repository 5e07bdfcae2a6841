package dev.perfscope.advice;

import java.util.List;

/**
 * Which members of a file changed together (from history, stage 4): per commit that changed the file, the names
 * of the members it changed, an overload without its line ({@code parse} for {@code parse@120}). Members that
 * keep changing together belong in the same part of a split. Without history there are none.
 */
@FunctionalInterface
public interface CoChanges {
  CoChanges NONE = path -> List.of();

  List<List<String>> commitsOf(String path);
}
