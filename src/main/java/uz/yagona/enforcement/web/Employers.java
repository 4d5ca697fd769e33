package uz.yagona.enforcement.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.yagona.enforcement.DeductionOrder;
import uz.yagona.enforcement.DeductionOrders;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.Persons;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Who may see and answer deduction orders: a person who represents the employer (director, accountant or
 * authorised person in the national ID). The same check serves the page (session) and the API (bearer token),
 * and the same reading of a report's fields, so both refuse the same input with the same rule.
 */
@Component
class Employers {

    private final Persons persons;
    private final LegalEntities entities;
    private final DeductionOrders orders;

    Employers(Persons persons, LegalEntities entities, DeductionOrders orders) {
        this.persons = persons;
        this.entities = entities;
        this.orders = orders;
    }

    /** The employers (STIRs) the person with this PINFL represents; none for an unknown or malformed subject. */
    List<Stir> representedBy(@Nullable String pinfl) {
        if (pinfl == null || !pinfl.matches("[0-9]{14}")) {
            return List.of();
        }
        try {
            return persons.findByPinfl(new Pinfl(pinfl)).map(person -> entities.representedBy(person.id()).stream()
                    .map(r -> r.entity().stir()).toList()).orElse(List.of());
        } catch (InvalidValueException notPinfl) {
            return List.of();
        }
    }

    /** The order with this id if it is addressed to one of these employers; a 404 otherwise (ids not probed). */
    DeductionOrder order(String id, List<Stir> employers) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            throw new EnforcementProblems.NotFound(id);
        }
        return orders.find(uuid).filter(order -> employers.contains(order.employer()))
                .orElseThrow(() -> new EnforcementProblems.NotFound(id));
    }

    /** A month as {@code YYYY-MM}. */
    static YearMonth period(@Nullable String text) {
        if (text == null || !text.strip().matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            throw new InvalidValueException("enforcement.deduction.period", "A month as YYYY-MM",
                    text == null ? "" : text);
        }
        return YearMonth.parse(text.strip());
    }

    /** An amount in soʻm, above zero. */
    static Money amount(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("enforcement.deduction.amount", "The amount is required");
        }
        var amount = Money.parse(text);
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("enforcement.deduction.amount.positive", "A deduction is above zero");
        }
        return amount;
    }

    static String reference(@Nullable String text) {
        if (text == null || text.isBlank() || text.strip().length() > 100) {
            throw new InvalidValueException("enforcement.deduction.payrollReference",
                    "A payroll reference has 1 to 100 characters", 100);
        }
        return text.strip();
    }
}
