package uz.yagona.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code (ISO/IEC 18004) of a short text such as a verification URL, with error correction level M and the
 * four-module quiet zone: drawn module by module into a PDF, or written as a PNG.
 */
public final class QrCode {

    /** A verification URL is far shorter; a longer text would give a code too dense to scan from paper. */
    public static final int MAX_LENGTH = 512;

    private static final int QUIET_ZONE = 4;

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    public static QrCode of(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidValueException("qr.length", "A QR code carries 1 to " + MAX_LENGTH + " characters",
                    MAX_LENGTH);
        }
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE));
            return new QrCode(matrix);
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** Modules on a side, quiet zone included. */
    public int size() {
        return matrix.getWidth();
    }

    /** Whether the module in column {@code x}, row {@code y} (from the top left) is dark. */
    public boolean dark(int x, int y) {
        return matrix.get(x, y);
    }

    /** A black-on-white PNG with {@code moduleSize} pixels per module. */
    public byte[] png(int moduleSize) {
        if (moduleSize < 1 || moduleSize > 32) {
            throw new IllegalArgumentException("moduleSize must be 1..32");
        }
        int side = size() * moduleSize;
        var image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, dark(x / moduleSize, y / moduleSize) ? 0x000000 : 0xFFFFFF);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
