package uz.yagona.appeals.internal;

import java.util.Locale;
import org.springframework.stereotype.Component;
import uz.yagona.identity.Agencies;

/**
 * The name of a body appeals are routed to: identity's agency of that code where there is one, else the name the
 * routing table gives its offices, else the code itself.
 */
@Component
public class BodyNames {

    private final Agencies agencies;
    private final RoutingTable routing;

    BodyNames(Agencies agencies, RoutingTable routing) {
        this.agencies = agencies;
        this.routing = routing;
    }

    public String name(String code, Locale locale) {
        return agencies.findByCode(code).map(agency -> agency.name().in(locale))
                .or(() -> routing.nameOf(code).map(name -> name.in(locale)))
                .orElse(code);
    }
}
