package uz.yagona.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.QrCode;

/**
 * A top-down writer of A4 pages with DejaVu Sans embedded (subset): centred headings, two-column rows that wrap
 * and continue on a new page, and a footer with a QR code. Characters the font lacks print as {@code ?}.
 */
public final class PdfCanvas implements Closeable {

    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 170;
    private static final float GAP = 12;
    private static final float FOOTER_HEIGHT = 110;
    private static final float QR_SIDE = 96;
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream page;
    private float y;

    public PdfCanvas(String title, String author, String languageTag) throws IOException {
        regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
        var info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Yagona");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(languageTag);
        page = newPage();
    }

    /** Text centred on the page, wrapped to its width. */
    public void centred(String text, boolean strong, float size) throws IOException {
        var font = strong ? bold : regular;
        var width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (var line : wrap(printable(text, font), font, size, width)) {
            room(size * 1.3f);
            float x = MARGIN + (width - width(line, font, size)) / 2;
            show(line, font, size, x, y - size);
            y -= size * 1.3f;
        }
    }

    /** A caption in bold at the left and its value beside it, both wrapped. */
    public void row(String label, String value) throws IOException {
        float size = 10.5f;
        float leading = size * 1.35f;
        var valueWidth = PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL_WIDTH - GAP;
        var labels = wrap(printable(label, bold), bold, size, LABEL_WIDTH);
        var values = new ArrayList<String>();
        for (var paragraph : value.split("\\R", -1)) {
            values.addAll(wrap(printable(paragraph, regular), regular, size, valueWidth));
        }
        int rows = Math.max(labels.size(), values.size());
        for (int i = 0; i < rows; i++) {
            room(leading);
            if (i < labels.size()) {
                show(labels.get(i), bold, size, MARGIN, y - size);
            }
            if (i < values.size()) {
                show(values.get(i), regular, size, MARGIN + LABEL_WIDTH + GAP, y - size);
            }
            y -= leading;
        }
        y -= 4;
    }

    public void space(float points) {
        y -= points;
    }

    /** A thin line across the page. */
    public void rule() throws IOException {
        room(6);
        y -= 3;
        page.setLineWidth(0.6f);
        page.moveTo(MARGIN, y);
        page.lineTo(PDRectangle.A4.getWidth() - MARGIN, y);
        page.stroke();
        y -= 3;
    }

    /** The bottom of the last page: the QR code at the left (when given) and small text beside it. */
    public void footer(@Nullable QrCode qr, List<String> lines) throws IOException {
        if (y - MARGIN < FOOTER_HEIGHT) {
            page = newPage();
        }
        float top = MARGIN + QR_SIDE;
        float x = MARGIN;
        if (qr != null) {
            float module = QR_SIDE / qr.size();
            page.setNonStrokingColor(0f);
            for (int row = 0; row < qr.size(); row++) {
                for (int column = 0; column < qr.size(); column++) {
                    if (qr.dark(column, row)) {
                        page.addRect(MARGIN + column * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            page.fill();
            x += QR_SIDE + GAP;
        }
        float size = 8.5f;
        float width = PDRectangle.A4.getWidth() - MARGIN - x;
        float lineY = top - 10;
        for (var text : lines) {
            for (var line : wrap(printable(text, regular), regular, size, width)) {
                show(line, regular, size, x, lineY - size);
                lineY -= size * 1.4f;
            }
            lineY -= 3;
        }
    }

    public void save(OutputStream out) throws IOException {
        page.close();
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        try {
            page.close();
        } finally {
            document.close();
        }
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN + FOOTER_HEIGHT) {
            page = newPage();
        }
    }

    private PDPageContentStream newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        var next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        y = PDRectangle.A4.getHeight() - MARGIN;
        return new PDPageContentStream(document, next);
    }

    private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(text);
        page.endText();
    }

    /** Greedy wrapping at spaces; a word wider than the line is cut where it must be. */
    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.split(" +")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            var rest = word;
            while (width(rest, font, size) > width) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(cut, 1)), font, size) <= width) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Control characters become spaces and characters without a glyph become {@code ?}. */
    static String printable(String text, PDType0Font font) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (Character.isISOControl(point)) {
                out.append(' ');
                return;
            }
            var character = Character.toString(point);
            try {
                font.encode(character);
                out.append(character);
            } catch (IllegalArgumentException | IOException missing) {
                out.append('?');
            }
        });
        return out.toString().strip();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfCanvas.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
