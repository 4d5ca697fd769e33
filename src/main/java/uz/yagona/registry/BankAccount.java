package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/**
 * An account in a bank, by its 20-digit number, with its balance and the part of it held (arrested) by active
 * {@link Hold}s. The balance is never below what is held, so {@link #available()} is never negative.
 */
public record BankAccount(String number, String mfo, String bankName, Owner owner, String currency, Money balance,
        Money held, LocalDate openedOn, @Nullable LocalDate closedOn) {

    public BankAccount {
        requireNumber(number);
        Bank.requireMfo(mfo);
        Objects.requireNonNull(bankName, "bankName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(openedOn, "openedOn");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException("banking.currency", "a currency is a 3-letter ISO 4217 code",
                    String.valueOf(currency));
        }
        if (balance.isNegative() || held.isNegative() || held.compareTo(balance) > 0) {
            throw new InvalidValueException("banking.balance", "0 <= held <= balance must hold", number);
        }
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw new InvalidValueException("banking.account-dates", "an account closes after it opens", number);
        }
    }

    /** What the owner may still use: the balance less what is held. */
    public Money available() {
        return balance.minus(held);
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    /** Refuses anything but 20 digits, the form of every account number in Uzbekistan. */
    public static String requireNumber(String number) {
        if (number == null || !number.matches("[0-9]{20}")) {
            throw new InvalidValueException("banking.account-number", "an account number has 20 digits",
                    String.valueOf(number));
        }
        return number;
    }
}
