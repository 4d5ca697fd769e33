package uz.yagona.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and changes accounts; every change is a single statement so that concurrent logins cannot lose one. */
@Component
public class AccountStore {

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;

    AccountStore(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<AccountRecord> findByPinfl(String pinfl) {
        return jdbc.sql("""
                select a.*, p.pinfl from identity.account a join identity.person p on p.id = a.person_id
                where p.pinfl = ?""").param(pinfl).query(AccountStore::map).optional();
    }

    public Optional<AccountRecord> findByPerson(UUID personId) {
        return jdbc.sql("""
                select a.*, p.pinfl from identity.account a join identity.person p on p.id = a.person_id
                where a.person_id = ?""").param(personId).query(AccountStore::map).optional();
    }

    public UUID insert(UUID personId, String passwordHash, boolean administrator) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into identity.account (id, person_id, password_hash, administrator) values (?, ?, ?, ?)")
                .params(id, personId, passwordHash, administrator).update();
        return id;
    }

    /** Counts a failed attempt and locks the account when the count reaches the limit. */
    public void recordFailure(String pinfl) {
        jdbc.sql("""
                update identity.account a set
                  failed_attempts = case when a.failed_attempts + 1 >= :max then 0 else a.failed_attempts + 1 end,
                  locked_until = case when a.failed_attempts + 1 >= :max then :until else a.locked_until end
                from identity.person p where p.id = a.person_id and p.pinfl = :pinfl""")
                .param("max", settings.maxFailedAttempts())
                .param("until", Timestamp.from(clock.instant().plus(settings.lockout())))
                .param("pinfl", pinfl)
                .update();
    }

    public void recordSuccess(UUID accountId) {
        jdbc.sql("update identity.account set failed_attempts = 0, locked_until = null, last_login_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), accountId).update();
    }

    public void setTotp(UUID accountId, String sealedSecret) {
        jdbc.sql("update identity.account set totp_secret = ?, totp_last_step = 0 where id = ?")
                .params(sealedSecret, accountId).update();
    }

    public void clearTotp(UUID accountId) {
        jdbc.sql("update identity.account set totp_secret = null, totp_last_step = 0 where id = ?")
                .param(accountId).update();
    }

    /** Moves the last used TOTP step forward; false when the step was used already (a replayed code). */
    public boolean advanceTotpStep(UUID accountId, long step) {
        return jdbc.sql("update identity.account set totp_last_step = ? where id = ? and totp_last_step < ?")
                .params(step, accountId, step).update() == 1;
    }

    public void setPasswordHash(UUID accountId, String passwordHash) {
        jdbc.sql("update identity.account set password_hash = ? where id = ?").params(passwordHash, accountId).update();
    }

    private static AccountRecord map(ResultSet row, int rowNum) throws SQLException {
        var locked = row.getTimestamp("locked_until");
        return new AccountRecord(
                row.getObject("id", UUID.class), row.getObject("person_id", UUID.class), row.getString("pinfl"),
                row.getString("password_hash"), row.getBoolean("administrator"), row.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(), row.getString("totp_secret"),
                row.getLong("totp_last_step"));
    }

}
