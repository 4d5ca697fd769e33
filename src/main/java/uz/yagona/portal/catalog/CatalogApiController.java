package uz.yagona.portal.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uz.yagona.portal.PublicService;

/** The catalog for programs: search and definitions of public services, in the language asked for. No login. */
@RestController
@Tag(name = "Catalog", description = "Public services: search in four languages and both Uzbek scripts, definitions")
class CatalogApiController {

    static final int SEARCH_LIMIT = 10;

    private final ServiceCatalog catalog;
    private final MessageSource messages;

    CatalogApiController(ServiceCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/api/v1/services")
    @Operation(summary = "Search the catalog, or list it whole",
            description = "With q, the services that best match it, best first: q may be in Uzbek (Latin or "
                    + "Cyrillic), Russian or English, with typos and colloquial words. Without q, the whole catalog "
                    + "in catalog order. A bad lang or a limit outside 1..50 is a 400 problem naming the parameter.")
    List<ServiceJson> services(
            @Parameter(description = "what the person typed") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "uz-Latn (or uz), uz-Cyrl, ru or en; default: the request's language",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string",
                            allowableValues = {"uz-Latn", "uz", "uz-Cyrl", "ru", "en"}))
            @RequestParam(required = false) @Nullable CatalogLanguage lang,
            @Parameter(description = "at most this many services, 1 to 50; default: 10 found, or the whole catalog")
            @RequestParam(required = false) @Nullable @Min(1) @Max(50) Integer limit,
            Locale locale) {
        var language = lang == null ? CatalogLanguage.of(locale) : lang;
        var found = q == null || q.isBlank()
                ? catalog.services().stream().limit(limit == null ? Long.MAX_VALUE : limit).toList()
                : catalog.search(q, language.locale(), limit == null ? SEARCH_LIMIT : limit).stream()
                        .map(match -> match.service()).toList();
        return found.stream().map(service -> summary(service, language)).toList();
    }

    @GetMapping("/api/v1/services/{code}")
    @Operation(summary = "One service's definition",
            description = "With the form's fields and their labels, what the registries fill in, fee and term. An "
                    + "unknown code is a 404 problem.")
    ServiceDefinitionJson service(@PathVariable String code,
            @Parameter(description = "uz-Latn (or uz), uz-Cyrl, ru or en; default: the request's language")
            @RequestParam(required = false) @Nullable CatalogLanguage lang,
            Locale locale) {
        var language = lang == null ? CatalogLanguage.of(locale) : lang;
        var service = catalog.service(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "catalog.unknownService"));
        var in = language.locale();
        var fields = service.fields().stream().map(field -> new FieldJson(field.name(), field.label().in(in),
                field.type().name(), field.required(), field.options().stream()
                        .map(option -> new OptionJson(option.value(), option.label().in(in))).toList(),
                field.pattern(), field.mediaTypes())).toList();
        var prefill = service.prefill().stream().sorted(Comparator.naturalOrder())
                .map(item -> new PrefillJson(item.name(), text("catalog.prefill." + item.name(), in))).toList();
        var summary = summary(service, language);
        return new ServiceDefinitionJson(summary.code(), summary.name(), summary.description(), summary.agency(),
                summary.agencyName(), summary.group(), summary.fee(), summary.termDays(), summary.result(),
                summary.applicants(), summary.signatureRequired(), summary.url(), language.tag(),
                service.licenceType(), fields, prefill);
    }

    private ServiceJson summary(PublicService service, CatalogLanguage language) {
        var in = language.locale();
        var agencyName = catalog.agency(service.agencyCode()).map(agency -> agency.name().in(in)).orElse(null);
        var url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/services/{code}")
                .buildAndExpand(service.code()).toUriString();
        return new ServiceJson(service.code(), service.name().in(in), service.description().in(in),
                service.agencyCode(), agencyName, service.group().name(),
                new FeeJson(service.fee().tiyin(), service.fee().format(in)), service.termDays(),
                service.result().name(), service.applicants().stream().map(Enum::name).sorted().toList(),
                service.signatureRequired(), url);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A service as a search result or in the list. */
    record ServiceJson(String code, String name, String description, String agency, @Nullable String agencyName,
            String group, FeeJson fee, int termDays, String result, List<String> applicants,
            boolean signatureRequired, String url) {
    }

    /** The fee: exact in tiyin (1 soʻm = 100 tiyin), and as people of the language read it. */
    record FeeJson(long tiyin, String text) {
    }

    /** A service with what its form asks and what the registries fill in. */
    record ServiceDefinitionJson(String code, String name, String description, String agency,
            @Nullable String agencyName, String group, FeeJson fee, int termDays, String result,
            List<String> applicants, boolean signatureRequired, String url, String lang,
            @Nullable String licenceType, List<FieldJson> fields, List<PrefillJson> prefill) {
    }

    record FieldJson(String name, String label, String type, boolean required, List<OptionJson> options,
            @Nullable String pattern, List<String> mediaTypes) {
    }

    record OptionJson(String value, String label) {
    }

    record PrefillJson(String code, String label) {
    }
}
