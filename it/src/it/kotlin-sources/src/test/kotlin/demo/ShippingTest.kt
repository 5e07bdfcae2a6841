package demo

class ShippingTest {
    fun rateOfZoneA() {
        check(Shipping(false).rate("a", 2) == 2)
    }
}
