package uz.yagona.licensing.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.QrCode;

/**
 * The licence number in what a licence's QR code carries: the verification URL ({@code
 * .../licences/verify?number=L-2026-000001}), or, from older or other printers, the bare number.
 */
final class QrPayload {

    private static final Pattern NUMBER_PARAMETER = Pattern.compile("[?&]number=([^&#]*)");

    private QrPayload() {
    }

    static String number(String payload) {
        var text = payload.strip();
        if (text.isEmpty() || text.length() > QrCode.MAX_LENGTH) {
            throw new InvalidValueException("qr.length", "A QR code carries 1 to 512 characters", QrCode.MAX_LENGTH);
        }
        var parameter = NUMBER_PARAMETER.matcher(text);
        return parameter.find() ? URLDecoder.decode(parameter.group(1), StandardCharsets.UTF_8).strip() : text;
    }
}
