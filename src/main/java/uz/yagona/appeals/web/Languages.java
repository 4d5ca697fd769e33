package uz.yagona.appeals.web;

import java.util.List;
import java.util.Locale;

/** The language an applicant is answered in: one of the four the platform speaks, Uzbek Latin by default. */
final class Languages {

    private Languages() {
    }

    static Locale of(Locale requested) {
        if ("uz".equals(requested.getLanguage())) {
            return Locale.forLanguageTag("Cyrl".equals(requested.getScript()) ? "uz-Cyrl" : "uz");
        }
        return List.of("ru", "en").contains(requested.getLanguage()) ? Locale.forLanguageTag(requested.getLanguage())
                : Locale.forLanguageTag("uz");
    }
}
