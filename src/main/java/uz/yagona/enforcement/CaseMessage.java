package uz.yagona.enforcement;

import java.time.Instant;
import java.util.UUID;
import uz.yagona.identity.PersonId;

/**
 * A message of a case's thread between its debtor and the officers of the department holding it, written by
 * {@code author} (shown as {@code authorName}) on the {@code side} of the debtor or of the bureau.
 */
public record CaseMessage(UUID id, String caseNumber, Side side, PersonId author, String authorName, String text,
        Instant sentAt) {

    /** Who wrote: the debtor (or a representative of the debtor entity), or an officer of the department. */
    public enum Side {
        DEBTOR,
        OFFICER
    }
}
