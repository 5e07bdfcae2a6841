package dev.perfscope.advice;

/**
 * Which files change most (from history, stage 4). Advice raises a hotspot's recommendations one priority
 * level: the code that changes most repays a refactoring soonest. Without history nothing is a hotspot.
 */
@FunctionalInterface
public interface Hotspots {
  Hotspots NONE = path -> false;

  boolean isHotspot(String path);
}
