package uz.yagona.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The four languages of the portal. Uzbek in Latin script is the default and its messages live in the
 * bundles without a suffix; Uzbek in Cyrillic script is the locale {@code uz-Cyrl}, which Java's resource
 * bundle lookup maps to the {@code _uz_Cyrl} files.
 */
enum Language {

    UZ_LATN("uz-Latn", "Oʻzbekcha"),
    UZ_CYRL("uz-Cyrl", "Ўзбекча"),
    RU("ru", "Русский"),
    EN("en", "English");

    static final Language DEFAULT = UZ_LATN;

    private final String tag;
    private final String nativeName;
    private final Locale locale;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 tag used in {@code ?lang=}, the cookie and {@code <html lang>}. */
    String tag() {
        return tag;
    }

    /** The language's name written in the language itself, as a language switch must show it. */
    String nativeName() {
        return nativeName;
    }

    Locale locale() {
        return locale;
    }

    /**
     * The language a tag or locale asks for: {@code uz} alone means Latin script, which is what Uzbekistan
     * uses officially; anything unsupported or malformed is empty.
     */
    static Optional<Language> of(@Nullable String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    static Optional<Language> of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uz" -> switch (locale.getScript()) {
                case "", "Latn" -> Optional.of(UZ_LATN);
                case "Cyrl" -> Optional.of(UZ_CYRL);
                default -> Optional.empty(); // Uzbek in Arabic script, as written in Afghanistan
            };
            case "ru" -> Optional.of(RU);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The best language for an {@code Accept-Language} header, by the browser's order of preference. */
    static Optional<Language> fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        // parse() sorts by weight and drops q=0; a range may be a wildcard like "*" or "uz-*"
        return ranges.stream()
                .map(range -> range.getRange().replace("-*", ""))
                .filter(range -> !range.equals("*"))
                .map(Language::of)
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Language ofLocale(Locale locale) {
        return of(locale).orElse(DEFAULT);
    }

    static List<Language> all() {
        return Arrays.asList(values());
    }
}
