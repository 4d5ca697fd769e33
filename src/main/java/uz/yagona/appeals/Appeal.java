package uz.yagona.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.yagona.identity.PersonId;

/**
 * A registered appeal, numbered {@code MUR-<year>-NNNNNNN}; {@code applicantId} is null for an Open311 applicant
 * the platform does not know. {@code earlier} links a repeated appeal to the one on
 * the same matter; {@code conclusion} says why an appeal was left unconsidered; {@code escalatedTo} is the superior
 * body an overdue appeal went up to.
 */
public record Appeal(String number, AppealKind kind, Channel channel, AppealStatus status, String text,
        @Nullable PersonId applicantId, String applicantName, @Nullable String entityStir, @Nullable String entityName,
        List<String> coApplicants, @Nullable String district, @Nullable Double latitude, @Nullable Double longitude,
        @Nullable String address, @Nullable String institution, @Nullable String topic, @Nullable String agency,
        @Nullable String escalatedTo, @Nullable String earlier, @Nullable String conclusion, Instant receivedAt, Term term,
        List<Attachment> attachments) {

    public Appeal {
        coApplicants = List.copyOf(coApplicants);
        attachments = List.copyOf(attachments);
    }

    public LocalDate registeredOn() {
        return term.registeredOn();
    }

    /** A stored attachment: its place in the appeal, name, sniffed type, size and SHA-256. */
    public record Attachment(int position, String filename, String mediaType, int size, String sha256) {
    }
}
