package demo

/** Shipping rates by zone. */
class Shipping(private val express: Boolean) {
    fun rate(zone: String, weight: Int?): Int {
        val base = when (zone) {
            "a" -> 1
            "b" -> 2
            "c" -> 3
            "d" -> 4
            "e" -> 5
            "f" -> 6
            "g" -> 7
            "h" -> 8
            "i" -> 9
            "j" -> 10
            "k" -> 11
            "l" -> 12
            "m" -> 13
            "n" -> 14
            "o" -> 15
            "p" -> 16
            else -> 0
        }
        val kilos = weight ?: 1
        return if (express && kilos > 0) base * kilos * 2 else base * kilos
    }

    fun free(total: Int): Boolean = total > 100
}
