package uz.yagona.appeals.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of appeals for heads of bodies and for the public, as open data: volumes by topic, district, body
 * and week; how many answered, how many overdue, the average days to the answer and the applicants'
 * satisfaction. Counts only: nothing that names or locates a person.
 */
@Component
public class Analytics {

    /** What the figures are grouped by. */
    public enum Dimension {
        TOPIC("topic"),
        DISTRICT("district"),
        AGENCY("agency"),
        WEEK("to_char(date_trunc('week', registered_on), 'YYYY-MM-DD')");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /**
     * One group's figures: appeals registered, answered, overdue (answered after the due day, or open past it on
     * {@code today}), the average days from registration to the answer, the average rating and how many rated.
     */
    public record Row(@Nullable String key, long filed, long answered, long overdue, @Nullable Double averageDays,
            @Nullable Double satisfaction, long rated) {
    }

    private final JdbcClient jdbc;

    Analytics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of appeals registered from {@code from} to {@code to} (inclusive), by {@code dimension}. */
    @Transactional(readOnly = true)
    public List<Row> by(Dimension dimension, LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql("""
                select %s as key,
                       count(*) as filed,
                       count(*) filter (where a.status = 'ANSWERED') as answered,
                       count(*) filter (where a.status = 'ANSWERED'
                                            and (a.answered_at at time zone 'Asia/Tashkent')::date > a.due
                                        or a.status in ('IN_REVIEW', 'INFO_REQUESTED', 'AWAITING_DISPATCH',
                                                        'REGISTERED') and a.due < :today) as overdue,
                       round(avg(((a.answered_at at time zone 'Asia/Tashkent')::date - a.registered_on))
                             filter (where a.status = 'ANSWERED'), 1)::float8 as average_days,
                       round(avg(r.score), 2)::float8 as satisfaction,
                       count(r.score) as rated
                from appeals.appeal a left join appeals.rating r on r.number = a.number
                where a.registered_on between :from and :to
                group by 1 order by 1 nulls last""".formatted(dimension.column))
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("today", Date.valueOf(today))
                .query((row, n) -> new Row(row.getString("key"), row.getLong("filed"), row.getLong("answered"),
                        row.getLong("overdue"), (Double) row.getObject("average_days"),
                        (Double) row.getObject("satisfaction"), row.getLong("rated")))
                .list();
    }
}
