package demo;

class Legacy {
  int score(int a, int b) {
    if (a > 0 && b > 0) {
      return a + b;
    }
    if (a < 0) {
      return -a;
    }
    return b > 0 ? b : 0;
  }
}
