package gamma;

class Gamma {
  int f0(int a) {
    return a > 0 ? a : -a;
  }

  int f1(int a) {
    return a > 1 ? a : -a;
  }

  int f2(int a) {
    return a > 2 ? a : -a;
  }
}
