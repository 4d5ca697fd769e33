package uz.yagona.enforcement;

/** An enforcement case is open until the claim is satisfied (or the writ returned), then closed. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
