package uz.yagona.registry;

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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule the registry code can break has a message in each of the four languages, here or in shared. */
class RegistryMessagesTests {

    private static final Pattern RULE = Pattern.compile("(?:InvalidValueException|RecordNotFoundException)\\(\\s*"
            + "\"([A-Za-z.-]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"registry", "registry_uz_Cyrl", "registry_ru", "registry_en"})
    void everyRuleTheCodeCanBreakHasAMessage(String bundle) throws IOException {
        var rules = rulesInCode();
        rules.removeAll(load(bundle.replace("registry", "shared")).stringPropertyNames()); // e.g. money.overflow
        assertThat(load(bundle).stringPropertyNames()).containsAll(rules);
    }

    private static Set<String> rulesInCode() throws IOException {
        var rules = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/uz/yagona/registry"))) {
            for (var file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = RULE.matcher(Files.readString(file));
                while (matcher.find()) {
                    rules.add(matcher.group(1));
                }
            }
        }
        assertThat(rules).contains("banking.insufficient-funds", "banking.hold-released", "cadastre.shares",
                "banking.unknown-account");
        return rules;
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = RegistryMessagesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(Objects.requireNonNull(in, bundle), StandardCharsets.UTF_8));
        }
        return properties;
    }
}
