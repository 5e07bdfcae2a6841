package demo;

class Broken {
  void f() {
    int x = ;
  }
}
