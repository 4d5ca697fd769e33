package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Stir;

/**
 * A person's job as the employer reports it to the tax committee: employer, position and monthly salary before
 * tax. A job without {@code until} is current.
 */
public record Employment(Stir employer, String employerName, String position, Money monthlySalary, LocalDate since,
        @Nullable LocalDate until) {

    public Employment {
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(monthlySalary, "monthlySalary");
        Objects.requireNonNull(since, "since");
        if (employerName == null || employerName.isBlank() || position == null || position.isBlank()) {
            throw new InvalidValueException("tax.employment.incomplete", "employer name and position are required");
        }
        if (monthlySalary.isNegative()) {
            throw new InvalidValueException("tax.negative-amount", "an amount cannot be negative");
        }
        if (until != null && until.isBefore(since)) {
            throw new InvalidValueException("tax.employment.dates", "a job ends after it starts");
        }
    }

    public boolean isCurrent() {
        return until == null;
    }
}
