package uz.yagona.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import uz.yagona.documents.OfficialPdf.Layout;
import uz.yagona.documents.OfficialPdf.Line;
import uz.yagona.shared.InvalidValueException;

/** The official PDF says what it was given, in both Uzbek scripts, with its number and a QR code that scans. */
class OfficialPdfTests {

    private static final String URL = "https://my.yagona.uz/verify/MOJ-2026-000042";

    private final OfficialPdf pdf = new OfficialPdf(messages());

    @Test
    void textExtractedFromThePdfIsTheUzbekCyrillicAndLatinTextItWasGiven() throws Exception {
        var bytes = pdf.render(new Layout("Oʻzbekiston Respublikasi Adliya vazirligi",
                "Туғилганлик ҳақида гувоҳнома", "MOJ-2026-000042", LocalDate.of(2026, 11, 24),
                Locale.forLanguageTag("uz-Cyrl"),
                List.of(new Line("Фамилияси, исми", "Қодирова Ғулнора Ҳамидовна"),
                        new Line("Tugʻilgan joyi", "Toshkent shahri, Yunusobod tumani"),
                        new Line("Отаси", "Ўрозов Шавкат Маʼруфович")),
                URL));

        try (var document = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Oʻzbekiston Respublikasi Adliya vazirligi", "Туғилганлик ҳақида гувоҳнома",
                    "MOJ-2026-000042", "24.11.2026", "Қодирова Ғулнора Ҳамидовна", "Tugʻilgan joyi",
                    "Ўрозов Шавкат Маʼруфович", "Рўйхат рақами", URL);
            assertThat(text).doesNotContain("?");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("uz-Cyrl");
            var fonts = new ArrayList<PDFont>();
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void theQrCodeOnThePageScansToTheVerificationUrl() throws Exception {
        var bytes = pdf.render(new Layout("Adliya vazirligi", "Nikoh haqida guvohnoma", "MOJ-2026-000043",
                LocalDate.of(2026, 11, 24), Locale.forLanguageTag("uz-Latn"), List.of(new Line("Er", "Aliyev Vali")),
                URL));

        try (var document = Loader.loadPDF(bytes)) {
            var image = new PDFRenderer(document).renderImage(0, 2.5f);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            var decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, true));
            assertThat(decoded.getText()).isEqualTo(URL);
            assertThat(new PDFTextStripper().getText(document)).contains("Roʻyxat raqami", "MOJ-2026-000043");
        }
    }

    @Test
    void manyLinesContinueOnANewPageAndLongWordsWrap() throws Exception {
        var lines = new ArrayList<Line>();
        for (int i = 1; i <= 60; i++) {
            lines.add(new Line("Qator " + i, "Qiymat " + i + " ".repeat(3) + "x".repeat(i == 7 ? 200 : 3)));
        }
        var bytes = pdf.render(new Layout("Agency", "Extract", "SC-2026-000001", LocalDate.of(2026, 1, 2),
                Locale.ENGLISH, lines, null));

        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Qator 1", "Qator 60", "Registration number", "02.01.2026")
                    .doesNotContain("scan the QR code");
            assertThat(text.replaceAll("\\s", "")).contains("x".repeat(200));
        }
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailing() throws Exception {
        var bytes = pdf.render(new Layout("Agency", "Title", "SC-2026-000002", LocalDate.of(2026, 1, 2),
                Locale.forLanguageTag("ru"), List.of(new Line("Символ", "до\u0007 𓀀 после")), null));

        try (var document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("до ? после", "Дата");
        }
    }

    @Test
    void aVerificationUrlTooLongForAQrCodeIsRefused() {
        assertThatThrownBy(() -> new Layout("Agency", "Title", "N", LocalDate.of(2026, 1, 2), Locale.ENGLISH,
                List.of(), "https://x/" + "a".repeat(600)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("documents.pdf.verificationUrl"));
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/documents");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
