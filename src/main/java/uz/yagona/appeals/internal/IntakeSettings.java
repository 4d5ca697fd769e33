package uz.yagona.appeals.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of intake and the thresholds of its automatic steps.
 *
 * @param minTextLength the fewest letters an appeal's text has, so that "test" or "?" is not registered as one
 * @param maxTextLength the most characters of an appeal's text
 * @param maxAttachments the most files one appeal carries
 * @param maxAttachmentBytes the largest file
 * @param repeatWithinDays how far back an applicant's earlier appeals are compared for a repeat
 * @param repeatSimilarity the share of shared wording (Jaccard of word pairs and words) from which an appeal is a
 *        repeat of an earlier one on the same matter, and is linked to it
 * @param newArgumentsShare the share of new words below which a repeat of an answered appeal brings no new
 *        arguments and is not reviewed again (ZRU-445 art. 29)
 */
@ConfigurationProperties("yagona.appeals.intake")
public record IntakeSettings(@Nullable Integer minTextLength, @Nullable Integer maxTextLength,
        @Nullable Integer maxAttachments, @Nullable Integer maxAttachmentBytes, @Nullable Integer repeatWithinDays,
        @Nullable Double repeatSimilarity, @Nullable Double newArgumentsShare) {

    public IntakeSettings {
        minTextLength = minTextLength == null ? 10 : minTextLength;
        maxTextLength = maxTextLength == null ? 20_000 : maxTextLength;
        maxAttachments = maxAttachments == null ? 5 : maxAttachments;
        maxAttachmentBytes = maxAttachmentBytes == null ? 5 * 1024 * 1024 : maxAttachmentBytes;
        repeatWithinDays = repeatWithinDays == null ? 365 : repeatWithinDays;
        repeatSimilarity = repeatSimilarity == null ? 0.5 : repeatSimilarity;
        newArgumentsShare = newArgumentsShare == null ? 0.2 : newArgumentsShare;
        if (minTextLength < 1 || maxTextLength < minTextLength || maxTextLength > 20_000) {
            throw new IllegalArgumentException("yagona.appeals.intake text lengths must be 1 <= min <= max <= 20000");
        }
        if (maxAttachments < 0 || maxAttachments > 10) {
            throw new IllegalArgumentException("yagona.appeals.intake.max-attachments must be 0..10");
        }
    }
}
