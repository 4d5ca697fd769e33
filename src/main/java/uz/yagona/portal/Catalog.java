package uz.yagona.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The catalog of public services and the search over it. */
public interface Catalog {

    List<PublicService> services();

    Optional<PublicService> service(String code);

    /**
     * The services that best match what a person typed, best first: any of the four language forms, either Uzbek
     * script, with typos and colloquial words. Empty for a blank query.
     */
    List<Match> search(String query, Locale language, int limit);

    /** A search hit with its score (higher is better, only comparable within one search). */
    record Match(PublicService service, double score) {
    }
}
