package uz.yagona.portal.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.portal.PublicService;

/** The catalog for people: the services by group with a search box, and a page for each service. No login. */
@Controller
class CatalogPageController {

    static final int RESULTS = 10;

    private final ServiceCatalog catalog;

    CatalogPageController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/services")
    String catalog(@RequestParam(required = false) @Nullable String q, Model model, Locale locale) {
        var query = q == null ? "" : q.strip();
        model.addAttribute("query", query);
        if (!query.isEmpty()) {
            model.addAttribute("results", catalog.search(query, locale, RESULTS).stream()
                    .map(match -> view(match.service(), locale)).toList());
            return "catalog/services";
        }
        var groups = new ArrayList<GroupView>();
        for (var group : PublicService.Group.values()) {
            var services = catalog.services().stream().filter(service -> service.group() == group)
                    .map(service -> view(service, locale)).toList();
            if (!services.isEmpty()) {
                groups.add(new GroupView(group.name(), services));
            }
        }
        model.addAttribute("groups", groups);
        return "catalog/services";
    }

    @GetMapping("/services/{code:[a-z]+\\.[a-z0-9-]+}")
    String service(@PathVariable String code, Model model, Locale locale) {
        var service = catalog.service(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("service", view(service, locale));
        return "catalog/service";
    }

    private ServiceView view(PublicService service, Locale locale) {
        var agency = catalog.agency(service.agencyCode()).map(found -> found.name().in(locale))
                .orElse(service.agencyCode());
        var fields = service.fields().stream()
                .map(field -> new FieldView(field.label().in(locale), field.required(), field.type().name()))
                .toList();
        return new ServiceView(service.code(), service.name().in(locale), service.description().in(locale), agency,
                service.group().name(), service.paid() ? service.fee().format(locale) : null, service.termDays(),
                service.result().name(), service.applicants().stream().sorted().map(Enum::name).toList(),
                service.prefill().stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList(), fields,
                service.signatureRequired());
    }

    /** A group of the catalog with its services. */
    record GroupView(String group, List<ServiceView> services) {
    }

    /**
     * A service as a page shows it; enum names are turned into words by the messages.
     *
     * @param fee null for a free service
     */
    record ServiceView(String code, String name, String description, String agency, String group,
            @Nullable String fee, int termDays, String result, List<String> applicants, List<String> prefill,
            List<FieldView> fields, boolean signatureRequired) {
    }

    record FieldView(String label, boolean required, String type) {
    }
}
