package uz.yagona.licensing;

/** What a licence is worth today: the stored state, or EXPIRED once its validity ended. */
public enum LicenceStatus {
    VALID, SUSPENDED, REVOKED, EXPIRED
}
