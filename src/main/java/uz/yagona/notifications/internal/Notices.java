package uz.yagona.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uz.yagona.identity.PersonId;
import uz.yagona.notifications.Notice;
import uz.yagona.notifications.NoticeId;

/** In-app notices, newest first, at most the last 200 of a person. */
@Repository
public class Notices {

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NoticeId add(PersonId person, String template, String subject, String body) {
        var id = NoticeId.random();
        jdbc.sql("insert into notifications.notice (id, person_id, template, subject, body) values (?, ?, ?, ?, ?)")
                .params(id.value(), person.value(), template, subject, body).update();
        return id;
    }

    public List<Notice> of(PersonId person) {
        return jdbc.sql("""
                select id, template, subject, body, created_at, read_at from notifications.notice
                where person_id = ? order by created_at desc, id limit 200""")
                .param(person.value()).query(Notices::map).list();
    }

    public int unread(PersonId person) {
        return jdbc.sql("select count(*) from notifications.notice where person_id = ? and read_at is null")
                .param(person.value()).query(Integer.class).single();
    }

    public boolean markRead(PersonId person, NoticeId notice) {
        return jdbc.sql("""
                update notifications.notice set read_at = coalesce(read_at, now())
                where id = ? and person_id = ?""")
                .params(notice.value(), person.value()).update() == 1;
    }

    private static Notice map(ResultSet row, int rowNum) throws SQLException {
        var read = row.getObject("read_at", OffsetDateTime.class);
        return new Notice(new NoticeId(row.getObject("id", UUID.class)), row.getString("template"),
                row.getString("subject"), row.getString("body"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }

}
