package demo;

class Legacy {
  @SuppressWarnings("perf:cyclomatic") // ported as is from the C library
  int score(int a, int b) {
    if (a > 0 && b > 0) {
      return a + b;
    }
    return b > 0 ? b : 0;
  }

  int route(int a) { // perf: ignore[cyclomatic] -- a lookup table would hide the rules
    if (a > 10 || a < -10) {
      return 0;
    }
    return a > 0 ? 1 : -1;
  }
}
