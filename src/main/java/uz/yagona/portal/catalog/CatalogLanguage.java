package uz.yagona.portal.catalog;

import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import uz.yagona.shared.InvalidValueException;

/**
 * The language a client asks the catalog API for: {@code uz-Latn} (or {@code uz}), {@code uz-Cyrl}, {@code ru} or
 * {@code en}, case-insensitive. Anything else is refused with the rule {@code catalog.lang}, which the API's
 * problem names under the parameter it came from.
 */
record CatalogLanguage(String tag, Locale locale) {

    static final CatalogLanguage UZ_LATN = new CatalogLanguage("uz-Latn", Locale.forLanguageTag("uz-Latn"));
    static final CatalogLanguage UZ_CYRL = new CatalogLanguage("uz-Cyrl", Locale.forLanguageTag("uz-Cyrl"));
    static final CatalogLanguage RU = new CatalogLanguage("ru", Locale.forLanguageTag("ru"));
    static final CatalogLanguage EN = new CatalogLanguage("en", Locale.ENGLISH);

    static CatalogLanguage parse(String tag) {
        return switch (tag.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "uz", "uz-latn" -> UZ_LATN;
            case "uz-cyrl" -> UZ_CYRL;
            case "ru" -> RU;
            case "en" -> EN;
            default -> throw new InvalidValueException("catalog.lang", "not a language of the catalog",
                    "uz-Latn, uz-Cyrl, ru, en");
        };
    }

    /** The catalog's language nearest to a request's locale: Uzbek Latin for anything it does not have. */
    static CatalogLanguage of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uz" -> "Cyrl".equals(locale.getScript()) ? UZ_CYRL : UZ_LATN;
            case "ru" -> RU;
            case "en" -> EN;
            default -> UZ_LATN;
        };
    }

    /** Reads {@code ?lang=}; Spring MVC finds this converter among the beans. */
    @Component
    static class FromText implements Converter<String, CatalogLanguage> {

        @Override
        public CatalogLanguage convert(String source) {
            return parse(source);
        }
    }
}
