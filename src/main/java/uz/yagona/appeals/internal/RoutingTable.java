package uz.yagona.appeals.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.Routing;
import uz.yagona.appeals.Topic;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Soato;

/**
 * The routing table {@code appeals/routing.tsv}: for each topic the kind of body that answers, the lowest level it
 * has offices at (district, region or national), the code of its head body (codes of identity's agencies where
 * they exist: {@code MBB}, {@code STC}, {@code MOH}...) and its names. An office's code is the head code followed by
 * the region's and the district's SOATO codes, as {@code MBB.1726.1726266}; its name is the local name template
 * with the place's name in place of {@code {place}}.
 */
@Component
class RoutingTable implements Routing {

    static final String RESOURCE = "appeals/routing.tsv";

    private final Divisions divisions;
    private final Map<Topic, Row> rows = new EnumMap<>(Topic.class);

    RoutingTable(Divisions divisions) {
        this.divisions = divisions;
        try (var in = RoutingTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var f = line.split("\t");
                if (f.length != 11) {
                    throw new IllegalStateException(RESOURCE + ": expected 11 columns: " + line);
                }
                var topic = Topic.ofCode(f[0]).orElseThrow(() -> new IllegalStateException("unknown topic " + f[0]));
                rows.put(topic, new Row(Level.valueOf(f[1]), f[2], new LocalizedText(f[3], f[4], f[5], f[6]),
                        new LocalizedText(f[7], f[8], f[9], f[10])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var topic : Topic.values()) {
            if (!rows.containsKey(topic)) {
                throw new IllegalStateException(RESOURCE + " has no row for " + topic.code());
            }
        }
    }

    private record Row(Level lowest, String code, LocalizedText national, LocalizedText local) {
    }

    @Override
    public ResponsibleBody responsibleFor(Topic topic, @Nullable Soato place) {
        var row = rows.get(topic);
        if (place == null || row.lowest() == Level.NATIONAL) {
            if (place != null) {
                placeName(place); // an unknown place is refused whatever the topic
            }
            return new ResponsibleBody(row.code(), Level.NATIONAL, null, row.national());
        }
        var region = place.region();
        if (place.isRegion() || row.lowest() == Level.REGIONAL) {
            if (!place.isRegion()) {
                placeName(place);
            }
            return new ResponsibleBody(row.code() + "." + region, Level.REGIONAL, region,
                    local(row.local(), placeName(region)));
        }
        return new ResponsibleBody(row.code() + "." + region + "." + place, Level.DISTRICT, place,
                local(row.local(), placeName(place)));
    }

    /**
     * The name of a body the table routes to, from its code ({@code SUV}, {@code SUV.1703},
     * {@code SUV.1703.1703202}); empty for a code the table does not make.
     */
    Optional<LocalizedText> nameOf(String code) {
        for (var entry : rows.entrySet()) {
            var head = entry.getValue().code();
            if (code.equals(head)) {
                return Optional.of(entry.getValue().national());
            }
            if (code.startsWith(head + ".")) {
                var places = code.substring(head.length() + 1).split("\\.");
                try {
                    var place = new Soato(places[places.length - 1]);
                    var body = responsibleFor(entry.getKey(), place);
                    if (body.code().equals(code)) {
                        return Optional.of(body.name());
                    }
                } catch (InvalidValueException notAPlace) {
                    // another head code that starts the same way, or no place: try the next row
                }
            }
        }
        return Optional.empty();
    }

    private LocalizedText placeName(Soato place) {
        var name = place.isRegion()
                ? divisions.region(place).map(r -> r.name())
                : divisions.district(place).map(d -> d.name());
        return name.orElseThrow(() -> new InvalidValueException("appeals.district.unknown",
                "no region or district has this SOATO code", place.value()));
    }

    private static LocalizedText local(LocalizedText template, LocalizedText place) {
        return new LocalizedText(template.uzLatn().replace("{place}", place.uzLatn()),
                template.uzCyrl().replace("{place}", place.uzCyrl()),
                template.ru().replace("{place}", place.ru()), template.en().replace("{place}", place.en()));
    }
}
