package uz.yagona.appeals.web;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.internal.Analytics;
import uz.yagona.appeals.internal.BodyNames;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Soato;

/** What the keys of the appeals' figures are called in a language: topics, districts (never codes) and bodies. */
@Component
class FigureNames {

    private final MessageSource messages;
    private final Divisions divisions;
    private final BodyNames bodies;

    FigureNames(MessageSource messages, Divisions divisions, BodyNames bodies) {
        this.messages = messages;
        this.divisions = divisions;
        this.bodies = bodies;
    }

    /** The name of a group's key as the open data give it; a week's key is its Monday, named as it is. */
    @Nullable String of(Analytics.Dimension dimension, @Nullable String key, Locale locale) {
        if (key == null) {
            return null;
        }
        return switch (dimension) {
            case TOPIC -> topic(key, locale);
            case DISTRICT -> district(key, locale);
            case AGENCY -> bodies.name(key, locale);
            case WEEK -> key;
        };
    }

    String topic(String code, Locale locale) {
        return messages.getMessage("appeals.topic." + code, null, code, locale);
    }

    /** The district's name, as the divisions reference gives it. */
    String district(String code, Locale locale) {
        return soato(code).flatMap(divisions::district).map(d -> d.name().in(locale)).orElse(code);
    }

    /** The district's name after its region's, as the pages show places: "Region — District". */
    String place(String code, Locale locale) {
        var soato = soato(code);
        var district = soato.flatMap(divisions::district);
        var region = soato.flatMap(s -> divisions.region(s.region()));
        if (district.isEmpty()) {
            return code;
        }
        var name = district.get().name().in(locale);
        return region.map(r -> r.name().in(locale) + " — " + name).orElse(name);
    }

    /** A region's name, by its 4-digit code. */
    String region(String code, Locale locale) {
        return divisions.region(Soato.ofRegion(code)).map(r -> r.name().in(locale)).orElse(code);
    }

    String body(String code, Locale locale) {
        return bodies.name(code, locale);
    }

    private static Optional<Soato> soato(String code) {
        try {
            return Optional.of(Soato.ofDistrict(code));
        } catch (InvalidValueException notADistrict) {
            return Optional.empty();
        }
    }
}
