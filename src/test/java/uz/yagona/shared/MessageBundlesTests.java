package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBundlesTests {

    private static final Pattern RULE = Pattern.compile("InvalidValueException\\(\\s*\"([A-Za-z.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"shared", "shared_uz_Cyrl", "shared_ru", "shared_en"})
    void everyRuleTheCodeCanBreakHasAMessageInEveryLanguage(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames()).containsAll(rulesInCode());
    }

    @Test
    void allBundlesHaveTheSameKeys() throws IOException {
        var keys = load("shared").stringPropertyNames();
        for (var bundle : new String[] {"shared_uz_Cyrl", "shared_ru", "shared_en"}) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).isEqualTo(keys);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shared", "shared_uz_Cyrl", "shared_ru", "shared_en"})
    void messagesFormatTheirArgumentWithoutLosingText(String bundle) throws IOException {
        var messages = load(bundle);
        for (var key : messages.stringPropertyNames()) {
            var pattern = messages.getProperty(key);
            var formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"ARG"});
            // an ASCII apostrophe would start a MessageFormat quote and swallow text and arguments
            assertThat(pattern).as(key).doesNotContain("'");
            assertThat(formatted).as(key).doesNotContain("{0}");
            assertThat(formatted.contains("ARG")).as(key).isEqualTo(pattern.contains("{0}"));
        }
    }

    @Test
    void cyrillicBundleHasNoLatinLettersOutsideAbbreviations() throws IOException {
        var messages = load("shared_uz_Cyrl");
        for (var key : messages.stringPropertyNames()) {
            assertThat(messages.getProperty(key)).as(key).doesNotContainPattern("[A-Za-z]");
        }
    }

    private static Set<String> rulesInCode() throws IOException {
        var rules = new TreeSet<String>();
        try (var files = Files.list(Path.of("src/main/java/uz/yagona/shared"))) {
            for (var file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = RULE.matcher(Files.readString(file));
                while (matcher.find()) {
                    rules.add(matcher.group(1));
                }
            }
        }
        assertThat(rules).contains("pinfl.checkDigit", "stir.range", "money.overflow", "soato.format");
        return rules;
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(Objects.requireNonNull(in, bundle), StandardCharsets.UTF_8));
        }
        return properties;
    }
}
