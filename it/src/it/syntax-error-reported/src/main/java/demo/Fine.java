package demo;

class Fine {
  int g(int a) {
    return a > 0 ? a : -a;
  }
}
