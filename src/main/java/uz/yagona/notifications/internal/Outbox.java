package uz.yagona.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uz.yagona.notifications.Channel;

/** E-mails and text messages waiting to be sent, claimed by one sender at a time. */
@Repository
public class Outbox {

    /** A message to send. */
    public record Message(UUID id, Channel channel, String address, String subject, String body, int attempts) {}

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID add(Channel channel, String address, String template, String subject, String body) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into notifications.outbox (id, channel, address, template, subject, body)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, channel.name(), address, template, subject, body).update();
        return id;
    }

    /**
     * Locks up to {@code limit} due messages for the calling transaction; rows another sender holds are skipped,
     * so two senders never claim the same message.
     */
    List<Message> claimDue(int limit) {
        return jdbc.sql("""
                select id, channel, address, subject, body, attempts from notifications.outbox
                where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at, id limit ? for update skip locked""")
                .param(limit).query(Outbox::map).list();
    }

    void markSent(UUID id) {
        jdbc.sql("update notifications.outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1 "
                + "where id = ?").param(id).update();
    }

    /** Records a failed attempt: tried again after {@code delay}, or FAILED for good when {@code last}. */
    void markFailed(UUID id, String error, Duration delay, boolean last) {
        jdbc.sql("""
                update notifications.outbox set attempts = attempts + 1, last_error = ?,
                    status = case when ? then 'FAILED' else 'PENDING' end,
                    next_attempt_at = now() + make_interval(secs => ?)
                where id = ?""")
                .params(error, last, delay.toMillis() / 1000.0, id).update();
    }

    private static Message map(ResultSet row, int rowNum) throws SQLException {
        return new Message(row.getObject("id", UUID.class), Channel.valueOf(row.getString("channel")),
                row.getString("address"), row.getString("subject"), row.getString("body"), row.getInt("attempts"));
    }
}
