package uz.yagona.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uz.yagona.shared.Money;

/**
 * The banks' side of the exchange: accounts of persons and entities, holds (arrests) on money and debit orders.
 *
 * <p>Rules, kept under concurrent use by row locks: a balance is never below the total of its active holds; a
 * hold takes at most what is available and says how much it got; a debit under a hold takes money from the
 * hold; money moves at most once per idempotency key (repeating a key returns the first {@link Debit}); nothing
 * ever overdraws an account; and every movement is journaled, so a balance is the sum of its movements.
 * Refusals are {@link uz.yagona.shared.InvalidValueException}s with rules such as
 * {@code banking.insufficient-funds} and {@code banking.hold-released}; unknown accounts and holds are
 * {@link RecordNotFoundException}s.
 */
public interface Banks {

    /** The owner's accounts in every bank, closed ones included. */
    List<BankAccount> accountsOf(Owner owner);

    Optional<BankAccount> account(String number);

    /**
     * Holds up to {@code amount} of the money available in the account, on a basis. The hold records the amount
     * asked for and the amount actually held, which may be less, and zero when nothing is available.
     */
    Hold hold(String account, Money amount, Basis basis);

    /** Releases what is left of a hold, which becomes available again; refused for a released hold. */
    void release(UUID holdId, Basis basis);

    /**
     * Moves {@code amount} from the money held by the hold to the beneficiary's account. The balance and the hold
     * both decrease by the amount. Refused beyond what the hold still holds ({@code banking.beyond-hold}) and
     * for a released hold. With a key used before for the same debit, returns the first debit and moves nothing;
     * a key reused for a different debit is refused ({@code banking.idempotency-key-reused}).
     */
    Debit debit(String idempotencyKey, UUID holdId, Money amount, String beneficiaryAccount, Basis basis);

    /**
     * Moves {@code amount} from the account's available money (its balance less its holds), without a hold, as
     * a payment order of the owner does; refused beyond what is available ({@code banking.insufficient-funds}).
     * Idempotent by key as {@link #debit} is.
     */
    Debit transfer(String idempotencyKey, String account, Money amount, String beneficiaryAccount, Basis basis);

    /**
     * Credits money to an account (a salary, a transfer in); {@code reference} names the payment. Money coming in
     * fills the account's partial holds first, the oldest first, up to what each asked for; so does money a
     * debit moves into an account we keep.
     */
    void credit(String account, Money amount, String reference);

    /** The account's holds, active and released, the newest first. */
    List<Hold> holds(String account);

    /** Debits from the account, the oldest first. */
    List<Debit> debits(String account);

    Optional<Bank> bank(String mfo);
}
