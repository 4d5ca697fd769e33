package uz.yagona.portal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.portal.Catalog;
import uz.yagona.portal.PublicService;

/**
 * The catalog read from {@code portal/catalog.yaml} at start-up, with its in-memory search. A broken file
 * stops the start ({@link CatalogFile} says what is wrong); the services are copied into {@code portal.services}.
 */
@Service
class ServiceCatalog implements Catalog {

    private final List<PublicService> services;
    private final Map<String, PublicService> byCode;
    private final Map<String, ServiceAgency> agencies;
    private final SearchIndex index;

    @Autowired
    ServiceCatalog(JdbcClient jdbc, TransactionTemplate transaction) {
        this(CatalogFile.load());
        ServicesTable.synchronise(jdbc, transaction, services);
    }

    ServiceCatalog(CatalogFile.Definitions definitions) {
        this.services = List.copyOf(definitions.services());
        this.byCode = services.stream().collect(Collectors.toMap(PublicService::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        this.agencies = definitions.agencies().stream().collect(Collectors.toMap(ServiceAgency::code,
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.index = new SearchIndex(services, stopWords(), synonyms());
    }

    /** The catalog from the file, without a database: for tests and benchmarks of the search. */
    static ServiceCatalog fromFile() {
        return new ServiceCatalog(CatalogFile.load());
    }

    @Override
    public List<PublicService> services() {
        return services;
    }

    @Override
    public Optional<PublicService> service(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The query may be in any of the languages and scripts; the language does not narrow the search. */
    @Override
    public List<Match> search(String query, Locale language, int limit) {
        if (query.isBlank()) {
            return List.of();
        }
        return index.search(query, limit);
    }

    Optional<ServiceAgency> agency(String code) {
        return Optional.ofNullable(agencies.get(code));
    }

    private static Set<String> stopWords() {
        var words = new HashSet<String>();
        for (var line : lines("portal/search-stopwords.txt")) {
            words.add(SearchText.plain(line));
        }
        return words;
    }

    private static Map<String, String> synonyms() {
        var synonyms = new LinkedHashMap<String, String>();
        for (var line : lines("portal/search-synonyms.txt")) {
            var parts = line.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new CatalogFile.InvalidCatalogException("portal/search-synonyms.txt: not 'word = meaning': "
                        + line);
            }
            synonyms.put(parts[0].strip(), parts[1].strip());
        }
        return synonyms;
    }

    private static List<String> lines(String location) {
        try (var in = ServiceCatalog.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new CatalogFile.InvalidCatalogException("missing " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
