package dev.perfscope.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The uses of one function's locals, in order, from which an extraction candidate's inputs and results follow
 * whatever the language: a name is an input of a run of statements when the run's first use of it reads it and it
 * is a parameter or was set before the run; a result when the run sets it and a read after the run is not
 * preceded by a later write in a block holding the read (control flow is not followed further: a name set in one
 * branch of an {@code if} is still read). A language finds the uses; see {@code BlockLocals} and {@code GoLocals}.
 */
public final class LocalUses {
  /**
   * A use of a local at an offset (a write where its value is computed), whether it reads or writes the name (an
   * update does both), and the block it stands in: a write there holds for what follows in it.
   */
  public record Use(String name, int at, boolean reads, boolean writes, int blockStart, int blockEnd) {
    /** Whether this write, coming before {@code read}, sets the name on every path to it. */
    boolean covers(Use read) {
      return writes && at < read.at() && blockStart <= read.at() && read.at() < blockEnd;
    }
  }

  private final List<Use> uses;
  private final Map<String, List<Use>> byName = new HashMap<>();
  private final Set<String> params;

  public LocalUses(List<Use> uses, Set<String> params) {
    this.uses = new ArrayList<>(uses);
    this.uses.sort(Comparator.comparingInt(Use::at));
    this.uses.forEach(use -> byName.computeIfAbsent(use.name(), k -> new ArrayList<>()).add(use));
    this.params = Set.copyOf(params);
  }

  /** The inputs of the run from offset {@code start} to {@code end}, in the order first used. */
  public List<String> reads(int start, int end) {
    Set<String> seen = new HashSet<>();
    Set<String> reads = new LinkedHashSet<>();
    for (Use use : uses) {
      if (use.at() >= start && use.at() < end && seen.add(use.name()) && use.reads() && setBefore(use.name(), start)) {
        reads.add(use.name());
      }
    }
    return List.copyOf(reads);
  }

  /** The results of the run from offset {@code start} to {@code end}. */
  public List<String> writes(int start, int end) {
    Set<String> written = new LinkedHashSet<>();
    for (Use use : uses) {
      if (use.at() >= start && use.at() < end && use.writes()) {
        written.add(use.name());
      }
    }
    written.removeIf(name -> {
      List<Use> ofName = byName.get(name);
      return ofName.stream().noneMatch(read -> read.at() >= end && read.reads()
          && ofName.stream().noneMatch(write -> write.at() >= end && write.covers(read)));
    });
    return List.copyOf(written);
  }

  private boolean setBefore(String name, int start) {
    return params.contains(name) || byName.get(name).stream().anyMatch(u -> u.at() < start && u.writes());
  }
}
