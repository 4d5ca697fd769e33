package uz.yagona.signature;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A key the platform keeps for a person under their PIN (remote signing), as a form lists it to choose from.
 *
 * @param profile {@code PERSON}, {@code OFFICIAL} or {@code LEGAL_ENTITY}
 * @param subject the certificate's subject, as the person recognises it
 * @param agencyCode for an official's key, the agency it signs for; null otherwise
 */
public record SigningKey(String serial, String profile, String subject, @Nullable String agencyCode,
        Instant notAfter) {
}
