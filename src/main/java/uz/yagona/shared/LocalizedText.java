package uz.yagona.shared;

import java.util.Locale;

/**
 * A text in the platform's four languages: Uzbek in Latin script (the default), Uzbek in Cyrillic script,
 * Russian and English. All four are required so that no page silently falls back to another language.
 */
public record LocalizedText(String uzLatn, String uzCyrl, String ru, String en) {

    public LocalizedText {
        requireText(uzLatn, "uzLatn");
        requireText(uzCyrl, "uzCyrl");
        requireText(ru, "ru");
        requireText(en, "en");
    }

    /** A text whose Uzbek Cyrillic form is the transliteration of the Latin one; review it for names. */
    public static LocalizedText transliterated(String uzLatn, String ru, String en) {
        requireText(uzLatn, "uzLatn");
        return new LocalizedText(uzLatn, UzbekScript.toCyrillic(uzLatn), ru, en);
    }

    /** The form for the locale: uz-Cyrl, any other uz, ru; English for every other language. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uz" -> "Cyrl".equals(locale.getScript()) ? uzCyrl : uzLatn;
            case "ru" -> ru;
            default -> en;
        };
    }

    private static void requireText(String text, String form) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("localizedText.missing", "the " + form + " form is blank", form);
        }
    }
}
