package uz.yagona.portal.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.yagona.portal.Catalog.Match;
import uz.yagona.portal.PublicService;
import uz.yagona.shared.LocalizedText;

/**
 * The catalog's search, built once in memory: every service's name, keywords and description in all four
 * language forms, cut into stemmed Latin terms ({@link SearchText}), each term remembering in which services it
 * occurs and in which field (name weighs more than keywords, keywords more than the description).
 *
 * <p>A word of the query matches a term exactly, as a prefix ({@code pasp} while typing), or within a
 * Damerau-Levenshtein distance of 1 (words of 4 letters and more) or 2 (8 and more); the match counts less the
 * looser it is, and rare terms count more than frequent ones (idf). A word from the synonyms list also matches
 * through its synonyms. A service's score is the sum over the query's words of their best match in it, times
 * the share of the query's words it matched; ties go to the smaller code, so the order is always the same.
 */
final class SearchIndex {

    static final double NAME = 3.0;
    static final double KEYWORDS = 2.0;
    static final double DESCRIPTION = 1.0;
    private static final double PREFIX = 0.8;
    private static final double ONE_EDIT = 0.7;
    private static final double TWO_EDITS = 0.45;
    private static final double SYNONYM = 0.9;
    private static final int MAX_WORDS = 20;

    private final List<PublicService> services;
    private final Set<String> stopWords;
    private final Map<String, List<List<String>>> synonyms;
    private final String[] vocabulary;
    private final Map<String, Map<Integer, Double>> postings = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();

    SearchIndex(List<PublicService> services, Set<String> stopWords, Map<String, String> synonyms) {
        this.services = List.copyOf(services);
        this.stopWords = Set.copyOf(stopWords);
        this.synonyms = new HashMap<>();
        synonyms.forEach((word, meaning) -> this.synonyms.put(SearchText.plain(word),
                SearchText.terms(meaning, this.stopWords)));
        for (var index = 0; index < this.services.size(); index++) {
            var service = this.services.get(index);
            add(index, service.name(), NAME);
            add(index, service.description(), DESCRIPTION);
            for (var keyword : service.keywords()) {
                add(index, keyword, KEYWORDS);
            }
        }
        postings.forEach((term, in) -> idf.put(term, Math.log(1.0 + (double) this.services.size() / in.size())));
        vocabulary = postings.keySet().stream().sorted().toArray(String[]::new);
    }

    private void add(int service, LocalizedText text, double weight) {
        for (var form : List.of(text.uzLatn(), text.uzCyrl(), text.ru(), text.en())) {
            add(service, form, weight);
        }
    }

    private void add(int service, String text, double weight) {
        for (var word : SearchText.terms(text, stopWords)) {
            for (var term : word) {
                postings.computeIfAbsent(term, key -> new HashMap<>()).merge(service, weight, Math::max);
            }
        }
    }

    List<Match> search(String query, int limit) {
        var words = words(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        var scores = new double[services.size()];
        var matched = new int[services.size()];
        for (var word : words) {
            var best = new double[services.size()];
            for (var form : word.forms()) {
                for (var candidate : candidates(form.term()).entrySet()) {
                    var factor = candidate.getValue() * form.weight() * idf.get(candidate.getKey());
                    postings.get(candidate.getKey()).forEach((service, weight) ->
                            best[service] = Math.max(best[service], factor * weight));
                }
            }
            for (var service = 0; service < best.length; service++) {
                if (best[service] > 0) {
                    scores[service] += best[service];
                    matched[service]++;
                }
            }
        }
        var hits = new ArrayList<Match>();
        for (var service = 0; service < scores.length; service++) {
            if (scores[service] > 0) {
                var coverage = (double) matched[service] / words.size();
                hits.add(new Match(services.get(service), scores[service] * coverage));
            }
        }
        hits.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(match -> match.service().code()));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    /** The query's words, each with its forms: its one or two transliterations, and its synonyms' terms. */
    private List<Word> words(String query) {
        var words = new ArrayList<Word>();
        var raw = query.length() > 500 ? query.substring(0, 500) : query;
        for (var text : raw.split("[^\\p{L}\\p{N}ʻʼ'`‘’´]+")) {
            if (text.isEmpty()) {
                continue;
            }
            var terms = SearchText.terms(text, stopWords);
            var forms = new ArrayList<Form>();
            terms.forEach(word -> word.forEach(term -> forms.add(new Form(term, 1.0))));
            var synonymTerms = synonyms.get(SearchText.plain(text));
            if (synonymTerms != null) {
                synonymTerms.forEach(word -> word.forEach(term -> forms.add(new Form(term, SYNONYM))));
            }
            if (!forms.isEmpty()) {
                words.add(new Word(forms));
            }
            if (words.size() == MAX_WORDS) {
                break; // nobody describes a service in more; a longer text would only cost time
            }
        }
        return words;
    }

    /** Terms of the index that a form of a query word matches, with how well (1 for the same term). */
    private Map<String, Double> candidates(String form) {
        var result = new LinkedHashMap<String, Double>();
        if (postings.containsKey(form)) {
            result.put(form, 1.0);
        }
        if (form.length() < 3) {
            return result;
        }
        for (var term : vocabulary) {
            if (term.equals(form) || term.length() < 3) {
                continue;
            }
            double similarity = 0;
            if (term.startsWith(form) || (form.startsWith(term) && term.length() >= 4)) {
                similarity = PREFIX * Math.min(form.length(), term.length()) / Math.max(form.length(), term.length());
                similarity = Math.max(similarity, PREFIX * 0.75);
            }
            var shorter = Math.min(form.length(), term.length());
            if (shorter >= 4 && Math.abs(form.length() - term.length()) <= 2) {
                var limit = shorter >= 8 ? 2 : 1;
                var distance = distance(form, term, limit);
                if (distance == 1) {
                    similarity = Math.max(similarity, ONE_EDIT);
                } else if (distance == 2 && limit == 2) {
                    similarity = Math.max(similarity, TWO_EDITS);
                }
            }
            if (similarity > 0) {
                result.put(term, similarity);
            }
        }
        return result;
    }

    /** Damerau-Levenshtein distance (optimal string alignment), or {@code limit + 1} once it exceeds limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        var previous2 = new int[b.length() + 1];
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (var j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (var i = 1; i <= a.length(); i++) {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.length(); j++) {
                var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                var value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], limit + 1);
    }

    private record Word(List<Form> forms) {
    }

    private record Form(String term, double weight) {
    }
}
