package dev.perfscope.advice;

import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Folders;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which members of a file each other analyzed file uses (its clients): members that the same outside files use
 * belong in the same part of a split, the way interfaces are cut by their clients. A client is a file that
 * depends on the file ({@link Dependents}: it names one of its types, or imports its module); it uses the
 * members it imports by name ({@code a.b.C.m}, {@code from textual.app import App}) and those it reaches on
 * something else by a name the file declares ({@link dev.perfscope.model.Structure#memberUses}: whatever
 * {@code x} in {@code x.insert()} is, by name only). A name reached that way counts only if at least half of the
 * files reaching a member by that name are clients of the file: {@code get}, {@code size} or {@code put} are
 * reached on every kind of object, and a file that names a map type and calls {@code get} says nothing about which
 * map's {@code get}. Names of {@code Object}'s methods say nothing either, nor does a name that more than half of
 * the clients use (of {@value #FEW_CLIENTS} clients or more). Tests are no clients:
 * a test exercises every member of what it tests, not one concern of it (on the real splits of
 * {@code bench/real-splits.sh}, tests counted as clients tied the factories of {@code TransformerUtils.java} and the
 * link collector and evaluator of pip's {@code index.py} into one knot).
 */
final class Clients {
  /** No clients at all: split plans without this signal. */
  static final Clients NONE = new Clients(Map.of(), Map.of(), Map.of());
  static final int FEW_CLIENTS = 4;
  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "getClass", "clone",
      "finalize", "notify", "notifyAll", "wait");

  /** Per file, its clients in path order, each with the names it imports from the file. */
  private final Map<String, Map<String, Set<String>>> imported;
  private final Map<String, FileMetrics> files;
  /** Per name, how many files (tests left out) reach a member by that name. */
  private final Map<String, Integer> reachers;

  private Clients(Map<String, Map<String, Set<String>>> imported, Map<String, FileMetrics> files,
      Map<String, Integer> reachers) {
    this.imported = imported;
    this.files = files;
    this.reachers = reachers;
  }

  /** The clients of every file of {@code files}. */
  static Clients of(List<FileMetrics> files) {
    Dependents index = new Dependents(files);
    Map<String, Map<String, Set<String>>> imported = new HashMap<>();
    Map<String, FileMetrics> byPath = new HashMap<>();
    Map<String, Integer> reachers = new HashMap<>();
    for (FileMetrics client : files) {
      if (client.kind() == FileKind.TEST) {
        continue;
      }
      byPath.put(client.path(), client);
      client.structure().memberUses().forEach(name -> reachers.merge(name, 1, Integer::sum));
      for (String used : client.structure().uses()) {
        Dependents.Target target = index.target(client.path(), used);
        if (target != null && !target.path().equals(client.path())) {
          Set<String> names = imported.computeIfAbsent(target.path(), k -> new LinkedHashMap<>())
              .computeIfAbsent(client.path(), k -> new LinkedHashSet<>());
          if (!target.member().isEmpty()) {
            names.add(target.member());
          }
        }
      }
    }
    return new Clients(imported, byPath, reachers);
  }

  /**
   * Whether a client of {@code path} (tests left out) lives in another folder: the file's public types are then
   * an API of its package, which other packages reach by their names.
   */
  boolean reachedFromOtherFolders(String path) {
    List<String> folder = Folders.of(path);
    return imported.getOrDefault(path, Map.of()).keySet().stream()
        .anyMatch(client -> !Folders.of(client).equals(folder));
  }

  /**
   * Per client of {@code path}, the names of the {@code members} it uses (an overload's without its line, as
   * {@link MemberGraph} ties them); clients using none are left out.
   */
  List<List<String>> usesOf(String path, List<Member> members) {
    Map<String, Set<String>> bySimpleName = new HashMap<>();
    for (Member m : members) {
      String name = m.name();
      int at = name.lastIndexOf('@');
      String full = at < 0 ? name : name.substring(0, at);
      bySimpleName.computeIfAbsent(full.substring(full.lastIndexOf('.') + 1), k -> new LinkedHashSet<>()).add(full);
    }
    Map<String, Set<String>> clients = imported.getOrDefault(path, Map.of());
    Map<String, Integer> reachedByClients = new HashMap<>();
    for (String client : clients.keySet()) {
      files.get(client).structure().memberUses().stream().filter(bySimpleName::containsKey)
          .forEach(name -> reachedByClients.merge(name, 1, Integer::sum));
    }
    List<Set<String>> uses = new ArrayList<>();
    Map<String, Integer> users = new HashMap<>();
    for (Map.Entry<String, Set<String>> client : clients.entrySet()) {
      Set<String> used = new LinkedHashSet<>(client.getValue());
      files.get(client.getKey()).structure().memberUses().stream()
          .filter(name -> reachedByClients.containsKey(name) && 2 * reachedByClients.get(name) >= reachers.get(name))
          .forEach(used::add);
      used.retainAll(bySimpleName.keySet());
      used.removeAll(OBJECT_METHODS);
      used.forEach(name -> users.merge(name, 1, Integer::sum));
      uses.add(used);
    }
    int common = clients.size() >= FEW_CLIENTS ? clients.size() / 2 : Integer.MAX_VALUE;
    return uses.stream().map(used -> used.stream().filter(name -> users.get(name) <= common)
            .flatMap(name -> bySimpleName.get(name).stream()).toList())
        .filter(used -> !used.isEmpty()).toList();
  }
}
