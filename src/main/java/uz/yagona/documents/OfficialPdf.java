package uz.yagona.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uz.yagona.documents.internal.PdfCanvas;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.QrCode;

/**
 * Renders an official result document (a certificate, an extract, a licence) as an A4 PDF with an embedded
 * Unicode font, so Uzbek in both scripts, Russian and English print as written; ready to be signed as PAdES.
 */
@Component
public class OfficialPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    private final MessageSource messages;

    OfficialPdf(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * What the document says.
     *
     * @param agencyName the issuing agency, printed at the top
     * @param registrationNumber as {@link Documents#issue} hands it to the rendering
     * @param language the language of the fixed captions ({@code uz-Latn}, {@code uz-Cyrl}, {@code ru}, {@code en})
     * @param lines the facts, label and value, in order
     * @param verificationUrl where anyone can check the document; printed and drawn as a QR code when present
     */
    public record Layout(String agencyName, String title, String registrationNumber, LocalDate date,
            Locale language, List<Line> lines, @Nullable String verificationUrl) {

        public Layout {
            lines = List.copyOf(lines);
            if (verificationUrl != null && (verificationUrl.isBlank() || verificationUrl.length() > QrCode.MAX_LENGTH)) {
                throw new InvalidValueException("documents.pdf.verificationUrl", "The verification URL is too long",
                        QrCode.MAX_LENGTH);
            }
        }
    }

    /** One fact of the document: a caption and its value (a value may hold several lines). */
    public record Line(String label, String value) {
    }

    /** The PDF's bytes: one page, or more when the lines need it. */
    public byte[] render(Layout layout) {
        var language = layout.language();
        try (var canvas = new PdfCanvas(layout.title(), layout.agencyName(), language.toLanguageTag())) {
            canvas.centred(layout.agencyName(), true, 12);
            canvas.rule();
            canvas.space(18);
            canvas.centred(layout.title(), true, 18);
            canvas.space(12);
            canvas.row(text("documents.pdf.number", language), layout.registrationNumber());
            canvas.row(text("documents.pdf.date", language), DATE.format(layout.date()));
            canvas.space(10);
            for (var line : layout.lines()) {
                canvas.row(line.label(), line.value());
            }
            var footer = new java.util.ArrayList<String>();
            if (layout.verificationUrl() != null) {
                footer.add(text("documents.pdf.verify", language));
                footer.add(layout.verificationUrl());
            }
            footer.add(text("documents.pdf.signed", language));
            canvas.footer(layout.verificationUrl() == null ? null : QrCode.of(layout.verificationUrl()), footer);
            var out = new ByteArrayOutputStream();
            canvas.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + layout.registrationNumber(), e);
        }
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
