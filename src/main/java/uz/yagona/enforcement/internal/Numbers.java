package uz.yagona.enforcement.internal;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gap-free numbers per kind and year: the counter row is locked until the caller's transaction ends. */
@Component
class Numbers {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private final JdbcClient jdbc;

    Numbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of {@code kind} in the year of {@code at}, formatted with the year and the count. */
    String next(String kind, String format, Instant at) {
        int year = at.atZone(TASHKENT).getYear();
        jdbc.sql("insert into enforcement.counter (kind, year, last) values (?, ?, 0) on conflict do nothing")
                .params(kind, year).update();
        int next = jdbc.sql("update enforcement.counter set last = last + 1 where kind = ? and year = ? returning last")
                .params(kind, year).query(Integer.class).single();
        return format.formatted(year, next);
    }
}
