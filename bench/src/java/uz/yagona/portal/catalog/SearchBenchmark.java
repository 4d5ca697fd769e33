package uz.yagona.portal.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uz.yagona.portal.Catalog;

/**
 * {@link Catalog#search} in process, one thread, over the queries of {@code search-tuning.tsv} in turn, next to
 * its ceiling: the same words only cut into terms ({@link SearchText#terms}), which every search must do first.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    private ServiceCatalog catalog;
    private List<String> queries;
    private int next;

    @Setup
    public void load() throws IOException {
        catalog = ServiceCatalog.fromFile();
        try (var in = getClass().getClassLoader().getResourceAsStream("portal/search-tuning.tsv")) {
            queries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("query\t"))
                    .map(line -> line.split("\t")[0]).toList();
        }
    }

    private String nextQuery() {
        next = (next + 1) % queries.size();
        return queries.get(next);
    }

    @Benchmark
    public List<Catalog.Match> search() {
        return catalog.search(nextQuery(), Locale.ROOT, 10);
    }

    @Benchmark
    public List<List<String>> ceilingTermsOnly() {
        return SearchText.terms(nextQuery(), java.util.Set.of());
    }
}
