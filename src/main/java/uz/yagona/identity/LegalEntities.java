package uz.yagona.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uz.yagona.shared.Stir;

/** Legal entities and the persons who represent them. */
@Service
public class LegalEntities {

    private final JdbcClient jdbc;

    LegalEntities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public LegalEntity register(Stir stir, String name, String legalForm, LocalDate registeredOn) {
        var entity = new LegalEntity(UUID.randomUUID(), stir, name.strip(), legalForm, registeredOn);
        jdbc.sql("insert into identity.legal_entity (id, stir, name, legal_form, registered_on) values (?, ?, ?, ?, ?)")
                .params(entity.id(), stir.value(), entity.name(), legalForm, registeredOn)
                .update();
        return entity;
    }

    public Optional<LegalEntity> findByStir(Stir stir) {
        return jdbc.sql("select * from identity.legal_entity where stir = ?").param(stir.value())
                .query(LegalEntities::map).optional();
    }

    public void addRepresentative(UUID legalEntity, PersonId person, LegalEntity.Role role) {
        jdbc.sql("""
                insert into identity.representative (legal_entity_id, person_id, role) values (?, ?, ?)
                on conflict (legal_entity_id, person_id) do update set role = excluded.role""")
                .params(legalEntity, person.value(), role.name())
                .update();
    }

    /** The organisations a person represents, with the role in each. */
    public List<Representation> representedBy(PersonId person) {
        return jdbc.sql("""
                select e.*, r.role from identity.legal_entity e
                join identity.representative r on r.legal_entity_id = e.id
                where r.person_id = ? order by e.name""")
                .param(person.value())
                .query((row, n) -> new Representation(map(row, n), LegalEntity.Role.valueOf(row.getString("role"))))
                .list();
    }

    /** The persons who represent the entity with this STIR (none when it is not registered). */
    public List<PersonId> representativesOf(Stir stir) {
        return jdbc.sql("""
                select r.person_id from identity.representative r
                join identity.legal_entity e on e.id = r.legal_entity_id
                where e.stir = ? order by r.person_id""")
                .param(stir.value())
                .query((row, n) -> new PersonId(row.getObject(1, UUID.class)))
                .list();
    }

    /** A person's role in one legal entity. */
    public record Representation(LegalEntity entity, LegalEntity.Role role) {
    }

    private static LegalEntity map(ResultSet row, int rowNum) throws SQLException {
        return new LegalEntity(row.getObject("id", UUID.class), new Stir(row.getString("stir")),
                row.getString("name"), row.getString("legal_form"), row.getObject("registered_on", LocalDate.class));
    }
}
