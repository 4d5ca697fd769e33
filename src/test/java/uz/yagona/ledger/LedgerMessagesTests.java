package uz.yagona.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerMessagesTests {

    private static final Pattern RULE = Pattern.compile("InvalidValueException\\(\\s*\"([A-Za-z.]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z.]+)");

    @ParameterizedTest
    @ValueSource(strings = {"ledger", "ledger_uz_Cyrl", "ledger_ru", "ledger_en"})
    void everyRuleAndEveryTextOfThePageHasAMessageInEveryLanguage(String bundle) throws IOException {
        var keys = load(bundle).stringPropertyNames();

        assertThat(keys).containsAll(found(RULE, Path.of("src/main/java/uz/yagona/ledger"), ".java"));
        assertThat(keys).containsAll(found(MESSAGE, Path.of("src/main/resources/templates/ledger"), ".html"));
    }

    @Test
    void allBundlesHaveTheSameKeys() throws IOException {
        var keys = load("ledger").stringPropertyNames();
        for (var bundle : new String[] {"ledger_uz_Cyrl", "ledger_ru", "ledger_en"}) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).isEqualTo(keys);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ledger", "ledger_uz_Cyrl", "ledger_ru", "ledger_en"})
    void noMessageHasAnAsciiApostropheThatMessageFormatWouldSwallow(String bundle) throws IOException {
        var messages = load(bundle);
        for (var key : messages.stringPropertyNames()) {
            assertThat(messages.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    private static Set<String> found(Pattern pattern, Path directory, String suffix) throws IOException {
        var keys = new TreeSet<String>();
        try (var files = Files.walk(directory)) {
            for (var file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                var matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = LedgerMessagesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(Objects.requireNonNull(in, bundle), StandardCharsets.UTF_8));
        }
        return properties;
    }
}
