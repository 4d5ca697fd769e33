package uz.yagona.shared;

import java.util.Locale;

/** Provisional: replaced by the full value type on merge. */
public record LocalizedText(String uzLatn, String uzCyrl, String ru, String en) {
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uz" -> "Cyrl".equals(locale.getScript()) ? uzCyrl : uzLatn;
            case "ru" -> ru;
            default -> en;
        };
    }
}
