package uz.yagona.appeals.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of appeals for heads of bodies and for the public, as open data: volumes by topic, district, body
 * and week; how many answered, how many overdue, the average days to the answer and the applicants'
 * satisfaction; where located appeals lie, by district. Counts only: nothing that names or locates a person.
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

    /**
     * Where a district's located appeals lie: how many have a point and the mean of their points, rounded to two
     * decimals (about a kilometre), so that no single appeal's place can be read from it.
     */
    public record Spot(String district, long located, double latitude, double longitude) {
    }

    /** An overdue appeal of a body, for its head: the number, its state and the days past the due day. */
    public record Late(String number, String status, @Nullable String topic, @Nullable String agency,
            LocalDate registeredOn, LocalDate due, long daysLate) {
    }

    // answered after the due day, or still to answer past it
    private static final String OVERDUE = """
            a.status = 'ANSWERED' and (a.answered_at at time zone 'Asia/Tashkent')::date > a.due
            or a.status in ('IN_REVIEW', 'INFO_REQUESTED', 'AWAITING_DISPATCH', 'REGISTERED') and a.due < :today""";

    private final JdbcClient jdbc;

    Analytics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of appeals registered from {@code from} to {@code to} (inclusive), by {@code dimension}. */
    @Transactional(readOnly = true)
    public List<Row> by(Dimension dimension, LocalDate from, LocalDate to, LocalDate today) {
        return figures(dimension.column, from, to, today, null);
    }

    /** The same figures for the appeals of the bodies {@code agencies} only. */
    @Transactional(readOnly = true)
    public List<Row> by(Dimension dimension, LocalDate from, LocalDate to, LocalDate today,
            Collection<String> agencies) {
        return figures(dimension.column, from, to, today, agencies);
    }

    /** The figures of all appeals registered in the period (of the bodies {@code agencies}, unless null). */
    @Transactional(readOnly = true)
    public Row total(LocalDate from, LocalDate to, LocalDate today, @Nullable Collection<String> agencies) {
        var rows = figures("'all'", from, to, today, agencies);
        return rows.isEmpty() ? new Row("all", 0, 0, 0, null, null, 0) : rows.getFirst();
    }

    /**
     * The districts' located appeals registered in the period (of the bodies {@code agencies}, unless null) with
     * the rounded mean of their points, most first. Appeals with a point but no district are not among them.
     */
    @Transactional(readOnly = true)
    public List<Spot> spots(LocalDate from, LocalDate to, @Nullable Collection<String> agencies) {
        return jdbc.sql("""
                select a.district, count(*) as located,
                       round(avg(a.latitude)::numeric, 2)::float8 as latitude,
                       round(avg(a.longitude)::numeric, 2)::float8 as longitude
                from appeals.appeal a
                where a.registered_on between :from and :to and a.district is not null
                  and a.latitude is not null and a.longitude is not null %s
                group by a.district order by located desc, a.district""".formatted(scope(agencies)))
                .params(params(from, to, null, agencies))
                .query((row, n) -> new Spot(row.getString("district"), row.getLong("located"),
                        row.getDouble("latitude"), row.getDouble("longitude")))
                .list();
    }

    /** The overdue appeals of the bodies registered in the period, the latest past their due day first. */
    @Transactional(readOnly = true)
    public List<Late> overdue(LocalDate from, LocalDate to, LocalDate today, Collection<String> agencies,
            int limit) {
        return jdbc.sql("""
                select a.number, a.status, a.topic, a.agency, a.registered_on, a.due,
                       coalesce((a.answered_at at time zone 'Asia/Tashkent')::date, :today) - a.due as days_late
                from appeals.appeal a
                where a.registered_on between :from and :to and (%s) %s
                order by days_late desc, a.number limit :limit""".formatted(OVERDUE, scope(agencies)))
                .params(params(from, to, today, agencies)).param("limit", limit)
                .query((row, n) -> new Late(row.getString("number"), row.getString("status"),
                        row.getString("topic"), row.getString("agency"), row.getDate("registered_on").toLocalDate(),
                        row.getDate("due").toLocalDate(), row.getLong("days_late")))
                .list();
    }

    private List<Row> figures(String column, LocalDate from, LocalDate to, LocalDate today,
            @Nullable Collection<String> agencies) {
        return jdbc.sql("""
                select %s as key,
                       count(*) as filed,
                       count(*) filter (where a.status = 'ANSWERED') as answered,
                       count(*) filter (where %s) as overdue,
                       round(avg(((a.answered_at at time zone 'Asia/Tashkent')::date - a.registered_on))
                             filter (where a.status = 'ANSWERED'), 1)::float8 as average_days,
                       round(avg(r.score), 2)::float8 as satisfaction,
                       count(r.score) as rated
                from appeals.appeal a left join appeals.rating r on r.number = a.number
                where a.registered_on between :from and :to %s
                group by 1 order by 1 nulls last""".formatted(column, OVERDUE, scope(agencies)))
                .params(params(from, to, today, agencies))
                .query((row, n) -> new Row(row.getString("key"), row.getLong("filed"), row.getLong("answered"),
                        row.getLong("overdue"), (Double) row.getObject("average_days"),
                        (Double) row.getObject("satisfaction"), row.getLong("rated")))
                .list();
    }

    private static String scope(@Nullable Collection<String> agencies) {
        return agencies == null ? "" : agencies.isEmpty() ? "and false" : "and a.agency in (:agencies)";
    }

    private static Map<String, Object> params(LocalDate from, LocalDate to, @Nullable LocalDate today,
            @Nullable Collection<String> agencies) {
        var params = new HashMap<String, Object>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        if (today != null) {
            params.put("today", Date.valueOf(today));
        }
        if (agencies != null && !agencies.isEmpty()) {
            params.put("agencies", List.copyOf(agencies));
        }
        return params;
    }
}
