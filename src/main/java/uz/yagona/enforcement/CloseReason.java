package uz.yagona.enforcement;

/**
 * How a closed case ended: the claim and fee {@code PAID}; the writ returned to the court ({@code WRIT_RETURNED},
 * e.g. the debtor has no assets, at the creditor's request); or {@code TERMINATED} (e.g. the debtor died, the court
 * cancelled its decision).
 */
public enum CloseReason {
    PAID,
    WRIT_RETURNED,
    TERMINATED
}
