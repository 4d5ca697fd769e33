package uz.yagona.portal.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uz.yagona.exchange.Debtor;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.ExchangeException;
import uz.yagona.exchange.PersonalData;
import uz.yagona.exchange.RequestContext;
import uz.yagona.identity.PersonId;
import uz.yagona.portal.PublicService.Prefill;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.Pinfl;

/**
 * What the registries hold for a form, read through the exchange with purpose SELF after the applicant's consent
 * and logged there under the application's number: each item of the service's prefill set becomes one read-only
 * fact, in the reader's script; when the registries do not know the person or the exchange does not serve the
 * request, nothing is prefilled and the form asks instead. Declared income is kept by taxpayer number, which a
 * person's form does not carry, so it is not prefilled.
 */
@Component
class RegistryFacts {

    static final String BASIS = "Consent of the person to prefill application form (once-only principle)";

    /** The order facts are shown in. */
    static final List<String> ORDER = List.of("name", "pinfl", "birthDate", "address", "passport", "family",
            "civilActs", "employment", "realEstate", "vehicles");

    private final Exchange exchange;
    private final Divisions divisions;

    RegistryFacts(Exchange exchange, Divisions divisions) {
        this.exchange = exchange;
        this.divisions = divisions;
    }

    /** The facts by key (see {@link #ORDER}); empty when the registries do not know the person. */
    Map<String, String> read(Set<Prefill> prefill, PersonId person, Pinfl pinfl, String number, Locale locale) {
        var facts = new LinkedHashMap<String, String>();
        if (prefill.isEmpty()) {
            return facts;
        }
        var context = RequestContext.self(person, BASIS, number);
        boolean cyrillic = "Cyrl".equals(locale.getScript()) || "ru".equals(locale.getLanguage());
        try {
            if (prefill.contains(Prefill.PERSON) || prefill.contains(Prefill.ADDRESS)
                    || prefill.contains(Prefill.PASSPORT)) {
                personal(exchange.personalData(pinfl, context), prefill, cyrillic, locale, facts);
            }
            if (prefill.contains(Prefill.FAMILY)) {
                facts.put("family", joined(exchange.family(pinfl, context).stream()
                        .map(relative -> relative.relation() + " " + relative.pinfl().value())));
            }
            if (prefill.contains(Prefill.CIVIL_ACTS)) {
                facts.put("civilActs", joined(exchange.civilActs(pinfl, context).stream()
                        .map(act -> act.kind() + " " + act.number() + " (" + act.registeredOn() + ")")));
            }
            if (prefill.contains(Prefill.EMPLOYMENT)) {
                facts.put("employment", joined(exchange.employment(pinfl, context).stream()
                        .filter(job -> job.until() == null)
                        .map(job -> job.employerName() + ", " + job.position())));
            }
            if (prefill.contains(Prefill.REAL_ESTATE)) {
                facts.put("realEstate", joined(exchange.realEstate(Debtor.person(pinfl), context).stream()
                        .map(property -> property.cadastralNumber() + ", " + property.address() + " ("
                                + property.shareNumerator() + "/" + property.shareDenominator() + ")")));
            }
            if (prefill.contains(Prefill.VEHICLES)) {
                facts.put("vehicles", joined(exchange.vehicles(Debtor.person(pinfl), context).stream()
                        .map(vehicle -> vehicle.make() + " " + vehicle.model() + ", " + vehicle.plate())));
            }
        } catch (ExchangeException notServed) {
            // not known to the registries, or not served (refused, rejected): the applicant declares it instead
            return new LinkedHashMap<>();
        }
        return facts;
    }

    private void personal(PersonalData data, Set<Prefill> prefill, boolean cyrillic, Locale locale,
            Map<String, String> facts) {
        if (prefill.contains(Prefill.PERSON)) {
            facts.put("name", cyrillic ? data.fullNameCyrillic() : data.fullNameLatin());
            facts.put("pinfl", data.pinfl().value());
            facts.put("birthDate", data.birthDate().toString());
        }
        if (prefill.contains(Prefill.ADDRESS) && data.district() != null) {
            var district = divisions.district(data.district()).map(found -> found.name().in(locale))
                    .orElse(data.district().value());
            var mahalla = cyrillic && data.mahallaCyrillic() != null ? data.mahallaCyrillic() : data.mahalla();
            var street = cyrillic && data.streetCyrillic() != null ? data.streetCyrillic() : data.street();
            var apartment = data.apartment() == null ? "" : ", " + data.apartment();
            facts.put("address", district + ", " + mahalla + ", " + street + " " + data.house() + apartment);
        }
        if (prefill.contains(Prefill.PASSPORT) && data.passport() != null) {
            facts.put("passport", data.passport() + " (" + data.passportValidUntil() + ")");
        }
    }

    private static String joined(java.util.stream.Stream<String> items) {
        var text = items.collect(Collectors.joining("; "));
        return text.isEmpty() ? "—" : text;
    }
}
