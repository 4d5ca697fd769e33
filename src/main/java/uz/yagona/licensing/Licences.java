package uz.yagona.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The licensing module's API. Every state change is anchored in the ledger in the caller's transaction. */
public interface Licences {

    /** The ledger entry type of licence states. */
    String LEDGER_TYPE = "licensing.licence";

    List<LicenceType> types();

    /**
     * Issues a licence numbered {@code L-<year of validFrom>-NNNNNN}, gap-free per year.
     *
     * @param holderId the holder's STIR (9 digits) or PINFL (14 digits)
     */
    Licence issue(String typeCode, String holderId, String holderName, String scope, LocalDate validFrom,
            LocalDate validUntil, String agencyCode);

    Licence suspend(String number, String reason);

    /** Lifts a suspension; a revoked licence stays revoked. */
    Licence resume(String number);

    /** As {@link #resume(String)}, recording why (an inspection passed, a court lifted the measure). */
    Licence resume(String number, String reason);

    /** Revokes for good. */
    Licence revoke(String number, String reason);

    Optional<Licence> find(String number);

    /** Recomputes the digest of the stored record and compares it with the ledger's. */
    Verification verify(String number);
}
