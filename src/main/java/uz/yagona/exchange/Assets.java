package uz.yagona.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;

/**
 * What the registries hold about a person's or an entity's property and income, as the exchange answers it: in
 * the platform's shared types only, so that callers (enforcement, the portal) never depend on the registries.
 */
public final class Assets {

    private Assets() {
    }

    /** A bank account with what is held on it and what the owner may still use. */
    public record Account(String number, String mfo, String bankName, String currency, Money balance, Money held,
            Money available, LocalDate openedOn, @Nullable LocalDate closedOn) {
    }

    /** A real-estate object in which the subject holds {@code shareNumerator/shareDenominator}. */
    public record Property(String cadastralNumber, String kind, Soato district, String address, BigDecimal areaM2,
            Money cadastralValue, int shareNumerator, int shareDenominator, List<Measures.Arrest> encumbrances) {

        public Property {
            encumbrances = List.copyOf(encumbrances);
        }

        public boolean isEncumbered() {
            return encumbrances.stream().anyMatch(Measures.Arrest::isActive);
        }
    }

    /** A vehicle registered to the subject, with its arrests. */
    public record Vehicle(String vin, String plate, String make, String model, int year, String colour,
            LocalDate registeredOn, List<Measures.Arrest> arrests) {

        public Vehicle {
            arrests = List.copyOf(arrests);
        }
    }

    /** A job as the employer reports it: who pays how much (enforcement may order a deduction from it). */
    public record Job(Stir employer, String employerName, String position, Money monthlySalary, LocalDate since,
            @Nullable LocalDate until) {
    }

    /** Income declared for a year and the tax paid on it. */
    public record Income(int year, Money income, Money taxPaid) {
    }

    /** An unpaid tax debt. */
    public record TaxDebt(UUID id, String kind, Money amount, LocalDate since) {
    }

    /** A family link: spouse, parent or child. */
    public record Relative(Pinfl pinfl, String relation) {
    }

    /** A civil-status act (birth, marriage, divorce, death, name change) the person is party to. */
    public record CivilAct(UUID id, String kind, String number, LocalDate registeredOn, Pinfl subject,
            @Nullable Pinfl other) {
    }
}
