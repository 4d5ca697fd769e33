package uz.yagona.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the divisions from the {@code shared} schema once at start-up: a few hundred rows that change only
 * with a migration, so every lookup afterwards is a map access.
 */
@Component
class CachedDivisions implements Divisions {

    private final Map<Soato, Region> regions = new LinkedHashMap<>();
    private final Map<Soato, District> districts = new LinkedHashMap<>();

    CachedDivisions(JdbcClient jdbc) {
        jdbc.sql("select soato, uz_latn, uz_cyrl, ru, en from shared.region order by soato")
                .query((row, number) -> new Region(new Soato(row.getString("soato")), new LocalizedText(
                        row.getString("uz_latn"), row.getString("uz_cyrl"), row.getString("ru"), row.getString("en"))))
                .list()
                .forEach(region -> regions.put(region.soato(), region));
        jdbc.sql("select soato, kind, uz_latn, uz_cyrl, ru, en from shared.district order by soato")
                .query((row, number) -> new District(new Soato(row.getString("soato")),
                        District.Kind.ofCode(row.getString("kind")), new LocalizedText(row.getString("uz_latn"),
                                row.getString("uz_cyrl"), row.getString("ru"), row.getString("en"))))
                .list()
                .forEach(district -> districts.put(district.soato(), district));
    }

    @Override
    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    @Override
    public Optional<Region> region(Soato soato) {
        return Optional.ofNullable(regions.get(soato));
    }

    @Override
    public List<District> districtsOf(Soato region) {
        return districts.values().stream().filter(district -> district.region().equals(region)).toList();
    }

    @Override
    public Optional<District> district(Soato soato) {
        return Optional.ofNullable(districts.get(soato));
    }
}
