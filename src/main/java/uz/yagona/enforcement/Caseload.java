package uz.yagona.enforcement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;
import uz.yagona.shared.Stir;

/**
 * The cases as the people working with them see them: an officer's queue, the money of one case, the cases of an
 * entity debtor, and the writs a creditor holds with what was paid out to them.
 */
public interface Caseload {

    /**
     * A case in an officer's queue: {@code mine} when assigned to one of the officer's appointments; {@code due} the
     * claim not yet recovered plus the fee not yet paid (null when the claim is not monetary).
     */
    record Queued(EnforcementCase c, boolean mine, @Nullable Money due, @Nullable Instant lastMeasure) {
    }

    /**
     * The cases of the departments {@code agencies}: those assigned to {@code officers} first, then the others,
     * each newest first; only those of {@code status} when given; at most {@code limit}.
     */
    List<Queued> queue(Collection<String> agencies, Collection<UUID> officers,
            @Nullable CaseStatus status, int limit);

    /** A share of money received in the case: when and how it came, to whom it went, which part. */
    record Payout(Instant receivedAt, String source, Money received, String beneficiary, String part,
            Money amount) {
    }

    /** The money of a case: the fee charged and paid, and each share of money received, oldest first. */
    record CaseMoney(Money fee, Money feePaid, List<Payout> payouts) {
    }

    CaseMoney money(String caseNumber);

    /** The cases of an entity debtor, newest first. */
    List<EnforcementCase> ofEntity(Stir debtor);

    /** A signed writ for a creditor: its case (none yet while opening), what it orders, what was paid out. */
    record CreditorWrit(String writNumber, @Nullable String caseNumber, @Nullable CaseStatus status,
            String debtorName, ClaimType claimType, @Nullable Money ordered, Money recovered, Money paidOut) {
    }

    /** The signed writs whose creditor is this PINFL or STIR, newest first. */
    List<CreditorWrit> ofCreditor(String creditor);
}
