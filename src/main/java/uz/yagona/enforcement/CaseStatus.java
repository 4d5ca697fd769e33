package uz.yagona.enforcement;

/**
 * An enforcement case is open until it closes: the claim satisfied, the writ returned to the court, or the case
 * terminated ({@link CloseReason}). An officer may suspend an open case: it then takes no new measures until
 * resumed.
 */
public enum CaseStatus {
    OPEN,
    SUSPENDED,
    CLOSED
}
