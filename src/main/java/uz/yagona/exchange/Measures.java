package uz.yagona.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * What the exchange did to a registry on a basis (enforcement measures): holds and debits on accounts, arrests
 * of real estate and vehicles, travel bans. Each carries the registry's id, by which it is later lifted.
 */
public final class Measures {

    private Measures() {
    }

    /** Money held in an account: {@code requested} is what was asked, {@code held} what could be held. */
    public record Hold(UUID id, String account, Money requested, Money held, Instant placedAt,
            @Nullable Instant releasedAt) {

        public boolean isPartial() {
            return held.compareTo(requested) < 0;
        }
    }

    /** Money moved from a held account to the beneficiary, once per idempotency key. */
    public record Debit(UUID id, String idempotencyKey, String account, @Nullable UUID holdId, Money amount,
            String beneficiaryAccount, Instant executedAt) {
    }

    /** An arrest (or a mortgage, {@code kind}) on a real-estate object or a vehicle, with its basis. */
    public record Arrest(UUID id, String kind, String agency, String document, String caseReference,
            Instant imposedAt, @Nullable Instant liftedAt) {

        public boolean isActive() {
            return liftedAt == null;
        }
    }

    /** A ban on leaving the country, from {@code imposedOn} until lifted or until {@code until} inclusive. */
    public record TravelBan(UUID id, String agency, String document, String caseReference, LocalDate imposedOn,
            @Nullable LocalDate until, @Nullable Instant liftedAt) {
    }
}
