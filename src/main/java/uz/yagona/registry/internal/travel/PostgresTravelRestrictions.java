package uz.yagona.registry.internal.travel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.registry.Basis;
import uz.yagona.registry.RecordNotFoundException;
import uz.yagona.registry.TravelBan;
import uz.yagona.registry.TravelRestrictions;
import uz.yagona.registry.internal.Columns;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/** Travel bans in PostgreSQL. Days are those of Tashkent, where the border service works. */
@Service
@Transactional
class PostgresTravelRestrictions implements TravelRestrictions {

    static final ZoneId UZBEKISTAN = ZoneId.of("Asia/Tashkent");

    private final JdbcClient jdbc;

    PostgresTravelRestrictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TravelBan> bans(Pinfl pinfl) {
        return jdbc.sql("""
                select id, pinfl, agency_code, document, case_reference, imposed_on, until, lifted_at
                from registry.travel_ban where pinfl = ? order by imposed_on desc, id""")
                .param(pinfl.value()).query(PostgresTravelRestrictions::ban).list();
    }

    @Override
    public TravelBan ban(Pinfl pinfl, @Nullable LocalDate until, Basis basis) {
        var today = LocalDate.now(UZBEKISTAN);
        if (until != null && until.isBefore(today)) {
            throw new InvalidValueException("travel.until", "a ban cannot end in the past", until.toString());
        }
        // the border service bans persons the population registry knows; ask it in its own table, read-only
        var known = jdbc.sql("select exists (select 1 from registry.resident where pinfl = ?)").param(pinfl.value())
                .query(Boolean.class).single();
        if (!known) {
            throw new RecordNotFoundException("travel.unknown-person", "no resident with this PINFL",
                    pinfl.masked());
        }
        var ban = new TravelBan(UUID.randomUUID(), pinfl, basis, today, until, null);
        jdbc.sql("""
                insert into registry.travel_ban (id, pinfl, agency_code, document, case_reference, imposed_on, until)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ban.id(), pinfl.value(), basis.agencyCode(), basis.document(), basis.caseReference(), today,
                        until)
                .update();
        return ban;
    }

    @Override
    public void lift(UUID banId, Basis basis) {
        var active = jdbc.sql("select lifted_at from registry.travel_ban where id = ? for update").param(banId)
                .query((row, n) -> Columns.nullableInstant(row, "lifted_at") == null).optional()
                .orElseThrow(() -> new RecordNotFoundException("travel.unknown-ban", "no such ban", banId.toString()));
        if (!active) {
            throw new InvalidValueException("travel.already-lifted", "the ban was lifted before", banId.toString());
        }
        jdbc.sql("""
                update registry.travel_ban set lifted_at = ?, lift_agency_code = ?, lift_document = ?, lift_case = ?
                where id = ?""")
                .params(Columns.timestamp(Columns.now()), basis.agencyCode(), basis.document(), basis.caseReference(),
                        banId)
                .update();
    }

    private static TravelBan ban(ResultSet row, int rowNum) throws SQLException {
        return new TravelBan(row.getObject("id", UUID.class), new Pinfl(row.getString("pinfl")), Columns.basis(row),
                row.getObject("imposed_on", LocalDate.class), Columns.nullableDate(row, "until"),
                Columns.nullableInstant(row, "lifted_at"));
    }
}
