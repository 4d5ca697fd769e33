package uz.yagona.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uz.yagona.shared.InvalidValueException;

/** Officers: who works where, in which position and with which roles. Officers always sign in with TOTP. */
@Service
public class Officers {

    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final JdbcClient jdbc;

    Officers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appoints a person to an agency; roles are upper-case names such as {@code ENFORCEMENT_OFFICER}. */
    public Officer appoint(PersonId person, AgencyId agency, String position, Set<String> roles) {
        roles.stream().filter(role -> !ROLE.matcher(role).matches()).findAny().ifPresent(role -> {
            throw new InvalidValueException("officer.role.format", "Role names are upper-case words", role);
        });
        var officer = new Officer(UUID.randomUUID(), person, agency, position, roles);
        jdbc.sql("""
                insert into identity.officer (id, person_id, agency_id, position, roles)
                values (?, ?, ?, ?, ?)""")
                .params(officer.id(), person.value(), agency.value(), position, roles.toArray(String[]::new))
                .update();
        return officer;
    }

    /** The active appointments of a person; empty for a citizen who is no officer. */
    public List<Officer> of(PersonId person) {
        return jdbc.sql("""
                select id, person_id, agency_id, position, roles from identity.officer
                where person_id = ? and active order by position""")
                .param(person.value()).query(Officers::map).list();
    }

    /** The active appointments in an agency that carry {@code role}, in a stable order (by id). */
    public List<Officer> at(AgencyId agency, String role) {
        return jdbc.sql("""
                select id, person_id, agency_id, position, roles from identity.officer
                where agency_id = ? and active and ? = any(roles) order by id""")
                .params(agency.value(), role).query(Officers::map).list();
    }

    /** An appointment by its id, active or ended (a case keeps naming the officer it was assigned to). */
    public Optional<Officer> find(UUID id) {
        return jdbc.sql("select id, person_id, agency_id, position, roles from identity.officer where id = ?")
                .param(id).query(Officers::map).optional();
    }

    private static Officer map(ResultSet row, int rowNum) throws SQLException {
        return new Officer(
                row.getObject("id", UUID.class),
                new PersonId(row.getObject("person_id", UUID.class)),
                new AgencyId(row.getObject("agency_id", UUID.class)),
                row.getString("position"),
                Set.of((String[]) row.getArray("roles").getArray()));
    }
}
