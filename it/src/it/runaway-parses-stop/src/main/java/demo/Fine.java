package demo;

class Fine {
  int sign(int a) {
    if (a > 0) {
      return 1;
    }
    return a < 0 ? -1 : 0;
  }
}
