package uz.yagona.shared;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toUnmodifiableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the divisions from the {@code shared} schema once at start-up: a few hundred rows that change only
 * with a migration, so every lookup afterwards is a map access.
 */
@Component
class CachedDivisions implements Divisions {

    private final List<Region> regions;
    private final Map<Soato, Region> regionsByCode;
    private final Map<Soato, District> districtsByCode;
    private final Map<Soato, List<District>> districtsByRegion;

    CachedDivisions(JdbcClient jdbc) {
        regions = List.copyOf(jdbc.sql("select soato, uz_latn, uz_cyrl, ru, en from shared.region order by soato")
                .query((row, number) -> new Region(new Soato(row.getString("soato")), new LocalizedText(
                        row.getString("uz_latn"), row.getString("uz_cyrl"), row.getString("ru"), row.getString("en"))))
                .list());
        var districts = jdbc.sql("select soato, kind, uz_latn, uz_cyrl, ru, en from shared.district order by soato")
                .query((row, number) -> new District(new Soato(row.getString("soato")),
                        District.Kind.ofCode(row.getString("kind")), new LocalizedText(row.getString("uz_latn"),
                                row.getString("uz_cyrl"), row.getString("ru"), row.getString("en"))))
                .list();
        regionsByCode = regions.stream().collect(Collectors.toUnmodifiableMap(Region::soato, Function.identity()));
        districtsByCode = districts.stream()
                .collect(Collectors.toUnmodifiableMap(District::soato, Function.identity()));
        districtsByRegion = districts.stream()
                .collect(groupingBy(District::region, LinkedHashMap::new, toUnmodifiableList()));
    }

    @Override
    public List<Region> regions() {
        return regions;
    }

    @Override
    public Optional<Region> region(Soato soato) {
        return Optional.ofNullable(regionsByCode.get(soato));
    }

    @Override
    public List<District> districtsOf(Soato region) {
        return districtsByRegion.getOrDefault(region, List.of());
    }

    @Override
    public Optional<District> district(Soato soato) {
        return Optional.ofNullable(districtsByCode.get(soato));
    }
}
