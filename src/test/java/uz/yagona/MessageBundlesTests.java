package uz.yagona;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle under {@code i18n/}, found by scanning, so bundles added by any module are checked:
 * the four languages have the same keys, none blank, the same placeholders, and each file is in its script.
 */
class MessageBundlesTests {

    /** File suffix of each language; Uzbek in Latin script is the default file without a suffix. */
    static final Map<String, String> LANGUAGES = Map.of("", "uz-Latn", "_uz_Cyrl", "uz-Cyrl", "_ru", "ru", "_en", "en");
    static final Set<String> CYRILLIC = Set.of("_uz_Cyrl", "_ru");
    static final Pattern FILE = Pattern.compile("(.+?)(_uz_Cyrl|_ru|_en)?\\.properties");

    /**
     * Latin text a Cyrillic message may keep: names of brands and systems, which are written the same in every
     * language, standard abbreviations, and text that is not language (placeholders, addresses, markup).
     */
    static final List<String> LATIN_ALLOWED = List.of(
            "Yagona", "OneID", "ID.UZ", "E-IMZO", "TOTP", "PINFL", "STIR", "SOATO", "ID", "API", "OpenAPI",
            "REST", "JSON", "CSV", "XML", "PDF", "SMS", "QR", "URL", "HTTP", "HTTPS", "http", "https", "OIDC",
            "OpenID Connect", "OpenID", "OAuth", "PKCE", "PKI", "CMS", "CAdES", "PAdES", "Open311", "CKAN", "OCDS",
            "Swagger", "UZS", "USD", "EUR", "PIN", "Bearer", "JWT", "SHA-256", "base64", "JPEG", "PNG", "ISO",
            // signature formats and tools, named as their standards and manuals write them
            "PKCS#10", "OpenSSL", "ECDSA", "P-256", "RSA", "PEM", "DER", "RFC", ".p7s",
            // OAuth terms that developers look up as the standard writes them
            "client credentials", "scope",
            // JOSE terms of the signed exchange requests (RFC 7515, 7517, 7518, 7519)
            "JWS", "JWK", "RS256", "PS256", "ES256", "iat");
    static final Pattern NOT_LANGUAGE = Pattern.compile(
            "\\{[^}]*}|https?://\\S+|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|</?[a-zA-Z][^>]*>|&#?\\w+;"
            // input masks such as +998XXXXXXXXX
            + "|\\+?[0-9]*X{3,}");
    static final Pattern ALLOWED_WORD = Pattern.compile("(?<![A-Za-z])("
            + String.join("|", LATIN_ALLOWED.stream().map(Pattern::quote).toList()) + ")(?![A-Za-z])");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /** basename, then language suffix, then the file's messages. */
    static final Map<String, Map<String, Properties>> bundles = new TreeMap<>();

    @BeforeAll
    static void findEveryBundle() throws IOException {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Matcher name = FILE.matcher(Objects.requireNonNull(file.getFilename()));
            assertThat(name.matches()).as("bundle file name %s", file.getFilename()).isTrue();
            var properties = new Properties();
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            var suffix = name.group(2) == null ? "" : name.group(2);
            bundles.computeIfAbsent(name.group(1), basename -> new TreeMap<>()).put(suffix, properties);
        }
        assertThat(bundles).containsKeys("messages", "portal");
    }

    @Test
    void everyBundleHasAFileForEachOfTheFourLanguages() {
        var problems = new ArrayList<String>();
        bundles.forEach((basename, files) -> LANGUAGES.keySet().stream()
                .filter(suffix -> !files.containsKey(suffix))
                .forEach(suffix -> problems.add("i18n/" + basename + suffix + ".properties is missing")));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyIsInEveryLanguageAndNoneIsBlank() {
        var problems = new ArrayList<String>();
        bundles.forEach((basename, files) -> {
            var allKeys = new TreeSet<String>();
            files.values().forEach(messages -> allKeys.addAll(messages.stringPropertyNames()));
            files.forEach((suffix, messages) -> allKeys.forEach(key -> {
                var value = messages.getProperty(key);
                if (value == null) {
                    problems.add(file(basename, suffix) + ": " + key + " is missing");
                } else if (value.isBlank()) {
                    problems.add(file(basename, suffix) + ": " + key + " is blank");
                }
            }));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLanguageUsesTheSamePlaceholders() {
        var problems = new ArrayList<String>();
        bundles.forEach((basename, files) -> files.forEach((suffix, messages) -> messages.forEach((key, value) -> {
            files.forEach((otherSuffix, others) -> {
                var other = others.getProperty((String) key);
                if (other != null && !placeholders((String) value).equals(placeholders(other))) {
                    problems.add(file(basename, suffix) + ": " + key + " has placeholders "
                            + placeholders((String) value) + " but " + file(basename, otherSuffix) + " has "
                            + placeholders(other));
                }
            });
        })));
        assertThat(problems).isEmpty();
    }

    @Test
    void cyrillicMessagesHaveNoLatinLettersBeyondNamesAndCodes() {
        var problems = new ArrayList<String>();
        bundles.forEach((basename, files) -> files.forEach((suffix, messages) -> {
            if (CYRILLIC.contains(suffix)) {
                messages.forEach((key, value) -> {
                    if (latinLeft((String) value)) {
                        problems.add(file(basename, suffix) + ": " + key + " has Latin letters: " + value);
                    }
                });
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void latinScriptMessagesHaveNoCyrillicLetters() {
        var problems = new ArrayList<String>();
        bundles.forEach((basename, files) -> files.forEach((suffix, messages) -> {
            if (!CYRILLIC.contains(suffix)) {
                messages.forEach((key, value) -> {
                    if (((String) value).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.CYRILLIC)) {
                        problems.add(file(basename, suffix) + ": " + key + " has Cyrillic letters: " + value);
                    }
                });
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void theAllowlistLetsBrandsThroughButNotWords() {
        assertThat(latinLeft("Вход через OneID и ID.UZ в Yagona: {0}, https://id.egov.uz, <b>PINFL</b>")).isFalse();
        assertThat(latinLeft("Ошибка: Yagona login")).isTrue();
        assertThat(latinLeft("IDEA")).isTrue();
        assertThat(latinLeft("Телефон (+998XXXXXXXXX), код + PKCE, OpenID Connect")).isFalse();
    }

    private static boolean latinLeft(String value) {
        var rest = ALLOWED_WORD.matcher(NOT_LANGUAGE.matcher(value).replaceAll(" ")).replaceAll(" ");
        return rest.matches("(?s).*[A-Za-z].*");
    }

    private static Set<String> placeholders(String value) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(value).results().forEach(match -> found.add("{" + match.group(1) + "}"));
        return found;
    }

    private static String file(String basename, String suffix) {
        return "i18n/" + basename + suffix + ".properties";
    }
}
