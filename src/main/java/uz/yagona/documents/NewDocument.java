package uz.yagona.documents;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * A document to store: its title and kind, the agency that owns it, the person it is about (if any), and the
 * first version's content. The declared media type is only checked against what the content turns out to be.
 */
public record NewDocument(String title, String kind, String agencyCode, @Nullable Pinfl subject, byte[] content,
        @Nullable String declaredMediaType) {

    public NewDocument {
        title = text(title, "title", 500);
        kind = text(kind, "kind", 100);
        agencyCode = agencyCode(agencyCode);
        Reader.requireNonNull(content, "content");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    static String agencyCode(@Nullable String code) {
        // a ministry's letters, then its subdivisions by SOATO and number: MBB, MBB.1726.1726266
        if (code == null || !code.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{2,10}(\\.[A-Z0-9]{1,12}){0,4}")) {
            throw new InvalidValueException("documents.agencyCode.format",
                    "an agency code has 2 to 10 Latin letters, then dot-separated parts such as .1726",
                    "MBB.1726.1726266");
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidValueException("documents.text.length", field + " must have 1 to " + max + " characters",
                    field, max);
        }
        return value.strip();
    }
}
