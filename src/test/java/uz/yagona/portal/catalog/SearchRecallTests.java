package uz.yagona.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Recall@3 of the catalog search on two query sets: {@code search-tuning.tsv}, on which the search was tuned,
 * and {@code search-heldout.tsv}, written before the search and never tuned on. Both figures are printed.
 */
class SearchRecallTests {

    static final ServiceCatalog CATALOG = ServiceCatalog.fromFile();

    @Test
    void heldOutQueriesFindTheirServiceAmongTheFirstThree() throws IOException {
        var tuning = recall("portal/search-tuning.tsv");
        var heldOut = recall("portal/search-heldout.tsv");
        var misspelt = recall(queries("portal/search-heldout.tsv").stream().map(SearchRecallTests::misspelt).toList(),
                "held-out, misspelt");
        System.out.printf(Locale.ROOT, "recall@3 tuning: %.3f (%d queries), held-out: %.3f (%d queries), held-out "
                + "with two letters of the longest word swapped: %.3f%n", tuning.recall(), tuning.queries(),
                heldOut.recall(), heldOut.queries(), misspelt.recall());
        assertThat(heldOut.queries()).isGreaterThanOrEqualTo(120);
        assertThat(heldOut.recall()).isGreaterThanOrEqualTo(0.85);
    }

    static Recall recall(String location) throws IOException {
        return recall(queries(location), location);
    }

    static Recall recall(List<Query> queries, String name) {
        var misses = new ArrayList<String>();
        for (var query : queries) {
            var found = CATALOG.search(query.text(), Locale.forLanguageTag(query.language()), 3).stream()
                    .map(match -> match.service().code()).toList();
            if (!found.contains(query.code())) {
                misses.add(query.text() + " -> " + found + " (expected " + query.code() + ")");
            }
        }
        System.out.println(name + " misses:\n  " + String.join("\n  ", misses));
        return new Recall(queries.size(), 1.0 - (double) misses.size() / queries.size());
    }

    static List<Query> queries(String location) throws IOException {
        try (var in = SearchRecallTests.class.getClassLoader().getResourceAsStream(location)) {
            assertThat(in).as(location).isNotNull();
            var rows = new ArrayList<Query>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("query\t")) {
                    continue;
                }
                var columns = line.split("\t");
                assertThat(columns).as(line).hasSize(3);
                assertThat(CATALOG.service(columns[2])).as("code of " + line).isPresent();
                rows.add(new Query(columns[0], columns[1], columns[2]));
            }
            return rows;
        }
    }

    /** The query with one more typo: two letters in the middle of its longest word change places. */
    static Query misspelt(Query query) {
        var words = query.text().split(" ");
        var longest = 0;
        for (var index = 1; index < words.length; index++) {
            if (words[index].length() > words[longest].length()) {
                longest = index;
            }
        }
        var word = words[longest];
        if (word.length() >= 5) {
            var middle = word.length() / 2;
            words[longest] = word.substring(0, middle - 1) + word.charAt(middle) + word.charAt(middle - 1)
                    + word.substring(middle + 1);
        }
        return new Query(String.join(" ", words), query.language(), query.code());
    }

    record Query(String text, String language, String code) {
    }

    record Recall(int queries, double recall) {
    }
}
