package dev.perfscope.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Seeded mutations of a real source file's bytes, the kinds of damage a tree can hold: flipped bytes, a cut,
 * a duplicated slice, thousands of nested brackets, NUL and invalid UTF-8 bytes, a very long line.
 */
public enum Mutator {
  BYTE_FLIPS((bytes, random) -> {
    byte[] out = bytes.clone();
    for (int i = 0, n = 1 + random.nextInt(8); i < n && out.length > 0; i++) {
      out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }),
  TRUNCATION((bytes, random) -> slice(bytes, 0, random.nextInt(bytes.length + 1))),
  DUPLICATION((bytes, random) -> {
    int from = random.nextInt(bytes.length + 1);
    int to = from + random.nextInt(bytes.length - from + 1);
    return insert(bytes, random.nextInt(bytes.length + 1), slice(bytes, from, to));
  }),
  DEEP_NESTING((bytes, random) -> {
    List<String> openers = List.of("(", "{", "[", "if (a) {", "new int[]{", "-", "!", "x -> ", "\"\" + (");
    String opener = openers.get(random.nextInt(openers.size()));
    int depth = 1_000 + random.nextInt(10_000);
    String closer = random.nextBoolean() ? new StringBuilder(opener.replaceAll("[^({\\[]", "")).reverse()
        .toString().replace('(', ')').replace('{', '}').replace('[', ']') : "";
    String nest = opener.repeat(depth) + "x" + closer.repeat(depth);
    return insert(bytes, random.nextInt(bytes.length + 1), nest.getBytes(StandardCharsets.UTF_8));
  }),
  BAD_BYTES((bytes, random) -> {
    byte[][] junk = {{0}, {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0,
        (byte) 0x80}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {'\r'}};
    byte[] out = bytes;
    for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
      out = insert(out, random.nextInt(out.length + 1), junk[random.nextInt(junk.length)]);
    }
    return out;
  }),
  HUGE_LINE((bytes, random) -> {
    String[] fills = {"a", "/", "*", "\"", " ", "1+", "\\u0041", "/* */"};
    String line = fills[random.nextInt(fills.length)].repeat(50_000 + random.nextInt(200_000));
    return insert(bytes, random.nextInt(bytes.length + 1), line.getBytes(StandardCharsets.UTF_8));
  });

  private final BiFunction<byte[], Random, byte[]> mutation;

  Mutator(BiFunction<byte[], Random, byte[]> mutation) {
    this.mutation = mutation;
  }

  public byte[] apply(byte[] seed, Random random) {
    return mutation.apply(seed, random);
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    byte[] out = new byte[to - from];
    System.arraycopy(bytes, from, out, 0, out.length);
    return out;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] added) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + added.length);
    out.write(bytes, 0, at);
    out.write(added, 0, added.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }
}
