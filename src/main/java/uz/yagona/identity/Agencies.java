package uz.yagona.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uz.yagona.shared.LocalizedText;

/** The hierarchy of state bodies: ministries with their regional and district offices. */
@Service
public class Agencies {

    private static final String COLUMNS = "id, code, parent_id, level, name_uz_latn, name_uz_cyrl, name_ru, name_en, soato";

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AgencyId create(String code, @Nullable AgencyId parent, Agency.Level level, LocalizedText name,
            @Nullable String soato) {
        var id = AgencyId.random();
        jdbc.sql("insert into identity.agency (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id.value(), code, parent == null ? null : parent.value(), level.name(),
                        name.uzLatn(), name.uzCyrl(), name.ru(), name.en(), soato)
                .update();
        return id;
    }

    public Optional<Agency> find(AgencyId id) {
        return jdbc.sql("select " + COLUMNS + " from identity.agency where id = ?").param(id.value())
                .query(Agencies::map).optional();
    }

    public Optional<Agency> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from identity.agency where code = ?").param(code)
                .query(Agencies::map).optional();
    }

    /** The agencies directly under {@code parent}. */
    public List<Agency> subordinates(AgencyId parent) {
        return jdbc.sql("select " + COLUMNS + " from identity.agency where parent_id = ? order by code")
                .param(parent.value()).query(Agencies::map).list();
    }

    public List<Agency> all() {
        return jdbc.sql("select " + COLUMNS + " from identity.agency order by code").query(Agencies::map).list();
    }

    private static Agency map(ResultSet row, int rowNum) throws SQLException {
        var parent = row.getObject("parent_id", UUID.class);
        return new Agency(
                new AgencyId(row.getObject("id", UUID.class)),
                row.getString("code"),
                parent == null ? null : new AgencyId(parent),
                Agency.Level.valueOf(row.getString("level")),
                new LocalizedText(row.getString("name_uz_latn"), row.getString("name_uz_cyrl"),
                        row.getString("name_ru"), row.getString("name_en")),
                row.getString("soato"));
    }
}
