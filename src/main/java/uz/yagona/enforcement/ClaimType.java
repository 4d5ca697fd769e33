package uz.yagona.enforcement;

/** What a writ orders: a sum of money of some kind, or an obligation to act ({@code NON_MONETARY}). */
public enum ClaimType {
    MONEY_RECOVERY,
    /** Periodic payments for the maintenance of a child, spouse or parent (<i>aliment</i>). */
    ALIMONY,
    FINE,
    STATE_DUTY,
    DAMAGES,
    /** An obligation other than paying money (hand over a thing, vacate premises...), stated in words. */
    NON_MONETARY;

    public boolean monetary() {
        return this != NON_MONETARY;
    }
}
