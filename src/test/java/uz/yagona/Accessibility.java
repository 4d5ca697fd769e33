package uz.yagona;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (npm package in {@code src/test/axe}, installed by the build with {@code npm ci}) in the page a
 * browser shows and returns what it finds, so a test can require that no serious or critical violation remains.
 */
public final class Accessibility {

    private static final Path AXE = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");

    /** The impacts a page must not have. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static String script;

    private Accessibility() {
    }

    /** One rule a page breaks, where, and how badly. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    /** The violations of WCAG 2.x A/AA and best-practice rules in the page the browser shows now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver browser) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(axe());
        var result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations'],
                        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                    .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact || '',
                            help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))}))
                    .catch(e => done({error: String(e)}));""");
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("targets")))
                .toList();
    }

    /** Only the serious and critical ones. */
    public static List<Violation> blocking(WebDriver browser) {
        return violations(browser).stream().filter(v -> BLOCKING.contains(v.impact()))
                .collect(Collectors.toList());
    }

    private static synchronized String axe() {
        if (script == null) {
            try {
                script = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is installed by the build (npm ci in src/test/axe)", e);
            }
        }
        return script;
    }
}
