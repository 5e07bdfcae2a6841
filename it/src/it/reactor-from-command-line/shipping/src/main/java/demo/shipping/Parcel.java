package demo.shipping;

/** A parcel and its postage. */
public class Parcel {
  int postage(int grams) {
    return grams > 1000 ? 9 : 5;
  }
}
