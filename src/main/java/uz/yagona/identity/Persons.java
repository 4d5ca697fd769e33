package uz.yagona.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/** The persons known to the national ID. */
@Service
public class Persons {

    private static final String COLUMNS = """
            id, pinfl, last_name_latn, first_name_latn, patronymic_latn, last_name_cyrl, first_name_cyrl,
            patronymic_cyrl, birth_date, sex, phone, email""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Persons(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<Person> find(PersonId id) {
        return jdbc.sql("select " + COLUMNS + " from identity.person where id = ?")
                .param(id.value()).query(Persons::map).optional();
    }

    public Optional<Person> findByPinfl(Pinfl pinfl) {
        return jdbc.sql("select " + COLUMNS + " from identity.person where pinfl = ?")
                .param(pinfl.value()).query(Persons::map).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from identity.person").query(Long.class).single();
    }

    /** Records a person; fails with {@link PinflTakenException} when the PINFL is already recorded. */
    @Transactional
    public PersonId register(NewPerson person) {
        if (findByPinfl(person.pinfl()).isPresent()) {
            throw new PinflTakenException(person.pinfl());
        }
        var id = PersonId.random();
        try {
            insert(id, person);
        } catch (DuplicateKeyException raced) {
            throw new PinflTakenException(person.pinfl());
        }
        return id;
    }

    /** Records many persons at once (registry loads, demo data); PINFLs already recorded are skipped. */
    @Transactional
    public int registerAll(List<NewPerson> persons) {
        var rows = persons.stream().map(person -> new Object[] {PersonId.random().value(), person.pinfl().value(),
                person.latin().last(), person.latin().first(), person.latin().patronymic(),
                person.cyrillic().last(), person.cyrillic().first(), person.cyrillic().patronymic(),
                person.birthDate(), person.sex().name(), person.phone(), person.email()}).toList();
        int[] counts = batch.batchUpdate("insert into identity.person (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (pinfl) do nothing", rows);
        return java.util.Arrays.stream(counts).map(count -> Math.max(count, 0)).sum();
    }

    private void insert(PersonId id, NewPerson person) {
        jdbc.sql("insert into identity.person (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id.value(), person.pinfl().value(),
                        person.latin().last(), person.latin().first(), person.latin().patronymic(),
                        person.cyrillic().last(), person.cyrillic().first(), person.cyrillic().patronymic(),
                        person.birthDate(), person.sex().name(), person.phone(), person.email())
                .update();
    }

    private static Person map(ResultSet row, int rowNum) throws SQLException {
        return new Person(
                new PersonId(row.getObject("id", java.util.UUID.class)),
                new Pinfl(row.getString("pinfl")),
                new PersonName(row.getString("last_name_latn"), row.getString("first_name_latn"),
                        row.getString("patronymic_latn")),
                new PersonName(row.getString("last_name_cyrl"), row.getString("first_name_cyrl"),
                        row.getString("patronymic_cyrl")),
                row.getObject("birth_date", java.time.LocalDate.class),
                Sex.valueOf(row.getString("sex")),
                row.getString("phone"),
                row.getString("email"));
    }
}
