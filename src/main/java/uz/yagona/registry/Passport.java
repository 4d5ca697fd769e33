package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import uz.yagona.shared.InvalidValueException;

/**
 * A passport or ID card issued to a resident: series (two Latin letters, e.g. {@code AA}, {@code AD}) and a
 * seven-digit number, as printed on the document.
 */
public record Passport(String series, String number, LocalDate issuedOn, LocalDate expiresOn, String issuedBy,
        Passport.Status status) {

    /** Whether the document may still be used. */
    public enum Status {
        VALID,
        EXPIRED,
        LOST,
        CANCELLED
    }

    public Passport {
        if (series == null || !series.matches("[A-Z]{2}")) {
            throw new InvalidValueException("population.passport.series", "a series is two Latin capitals",
                    String.valueOf(series));
        }
        if (number == null || !number.matches("[0-9]{7}")) {
            throw new InvalidValueException("population.passport.number", "a passport number has 7 digits",
                    String.valueOf(number));
        }
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(status, "status");
        if (!expiresOn.isAfter(issuedOn)) {
            throw new InvalidValueException("population.passport.dates", "a passport expires after its issue");
        }
        if (issuedBy == null || issuedBy.isBlank()) {
            throw new InvalidValueException("population.passport.issuer", "the issuing office is required");
        }
    }
}
