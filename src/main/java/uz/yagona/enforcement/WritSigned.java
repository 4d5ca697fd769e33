package uz.yagona.enforcement;

/** A judge signed a writ and the ledger took its digest: enforcement may begin. */
public record WritSigned(String number) {
}
