package uz.yagona.registry.internal.population;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.registry.CivilAct;
import uz.yagona.registry.FullName;
import uz.yagona.registry.Passport;
import uz.yagona.registry.PopulationRegistry;
import uz.yagona.registry.RegisteredAddress;
import uz.yagona.registry.Relative;
import uz.yagona.registry.Resident;
import uz.yagona.registry.internal.Columns;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Soato;
import uz.yagona.shared.UzbekScript;

/** The population registry read from the {@code registry.resident} tables. */
@Service
@Transactional(readOnly = true)
class PostgresPopulation implements PopulationRegistry {

    private final JdbcClient jdbc;

    PostgresPopulation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Resident> resident(Pinfl pinfl) {
        return jdbc.sql("""
                select pinfl, last_latn, first_latn, patronymic_latn, last_cyrl, first_cyrl, patronymic_cyrl,
                       birth_date, sex, birth_place, died_on
                from registry.resident where pinfl = ?""")
                .param(pinfl.value()).query(PostgresPopulation::resident).optional();
    }

    @Override
    public Optional<RegisteredAddress> address(Pinfl pinfl) {
        return jdbc.sql("""
                select district, mahalla, street, house, apartment, since, mahalla_cyrillic, street_cyrillic
                from registry.address where pinfl = ? order by since desc limit 1""")
                .param(pinfl.value())
                .query((row, n) -> {
                    var mahalla = row.getString("mahalla");
                    var street = row.getString("street");
                    var mahallaCyrillic = row.getString("mahalla_cyrillic");
                    var streetCyrillic = row.getString("street_cyrillic");
                    // rows loaded before V6_3 have no Cyrillic: transliterated here rather than left empty
                    return new RegisteredAddress(new Soato(row.getString("district")), mahalla, street,
                            row.getString("house"), row.getString("apartment"),
                            row.getObject("since", LocalDate.class),
                            mahallaCyrillic != null ? mahallaCyrillic : UzbekScript.toCyrillic(mahalla),
                            streetCyrillic != null ? streetCyrillic : UzbekScript.toCyrillic(street));
                })
                .optional();
    }

    @Override
    public List<Passport> passports(Pinfl pinfl) {
        return jdbc.sql("""
                select series, number, issued_on, expires_on, issued_by, status from registry.passport
                where pinfl = ? order by issued_on desc, series, number""")
                .param(pinfl.value())
                .query((row, n) -> new Passport(row.getString("series"), row.getString("number"),
                        row.getObject("issued_on", LocalDate.class), row.getObject("expires_on", LocalDate.class),
                        row.getString("issued_by"), Passport.Status.valueOf(row.getString("status"))))
                .list();
    }

    @Override
    public List<CivilAct> civilActs(Pinfl pinfl) {
        return jdbc.sql("""
                select id, kind, number, registered_on, office, subject, other, note from registry.civil_act
                where subject = :pinfl or other = :pinfl order by registered_on, number""")
                .param("pinfl", pinfl.value())
                .query((row, n) -> {
                    var other = row.getString("other");
                    return new CivilAct(row.getObject("id", java.util.UUID.class),
                            CivilAct.Kind.valueOf(row.getString("kind")), row.getString("number"),
                            row.getObject("registered_on", LocalDate.class), new Soato(row.getString("office")),
                            new Pinfl(row.getString("subject")), other == null ? null : new Pinfl(other),
                            row.getString("note"));
                })
                .list();
    }

    @Override
    public List<Relative> family(Pinfl pinfl) {
        // a link may be recorded from either side, or from both: seen from the other side it is inverted
        return jdbc.sql("""
                select relative_pinfl as pinfl, relation from registry.family_link where pinfl = :pinfl
                union
                select pinfl, case relation when 'PARENT' then 'CHILD' when 'CHILD' then 'PARENT' else relation end
                from registry.family_link where relative_pinfl = :pinfl
                order by relation desc, pinfl""")
                .param("pinfl", pinfl.value())
                .query((row, n) -> new Relative(new Pinfl(row.getString("pinfl")),
                        Relative.Relation.valueOf(row.getString("relation"))))
                .list();
    }

    static Resident resident(ResultSet row, int rowNum) throws SQLException {
        return new Resident(new Pinfl(row.getString("pinfl")),
                new FullName(row.getString("last_latn"), row.getString("first_latn"),
                        row.getString("patronymic_latn")),
                new FullName(row.getString("last_cyrl"), row.getString("first_cyrl"),
                        row.getString("patronymic_cyrl")),
                row.getObject("birth_date", LocalDate.class), Sex.valueOf(row.getString("sex")),
                new Soato(row.getString("birth_place")), Columns.nullableDate(row, "died_on"));
    }
}
