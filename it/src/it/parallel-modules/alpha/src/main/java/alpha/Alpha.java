package alpha;

class Alpha {
  int f0(int a) {
    return a > 0 ? a : -a;
  }
}
