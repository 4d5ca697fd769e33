package uz.yagona.enforcement.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers per kind and year from a PostgreSQL sequence of that kind and year, which no transaction holds: writs and
 * cases are numbered by many writers at once without waiting for each other's commits. Numbers are unique and
 * increase within the year; an opening that rolls back leaves a gap, and the refusal or failure that caused it is
 * on record. The sequence of a year is created by its first number, under an advisory lock so that two nodes
 * meeting the new year at once create it once, and it continues a count the older counter table kept.
 */
@Component
class Numbers {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private final JdbcClient jdbc;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    Numbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of {@code kind} in the year of {@code at}, formatted with the year and the count. */
    String next(String kind, String format, Instant at) {
        if (!kind.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A kind of number is two capital letters: " + kind);
        }
        int year = at.atZone(TASHKENT).getYear();
        var sequence = "enforcement.number_" + kind.toLowerCase(java.util.Locale.ROOT) + "_" + year;
        if (!known.contains(sequence) && !createUnlessCommitted(sequence, kind, year)) {
            // committed before this transaction began: it cannot vanish with a rollback of ours
            known.add(sequence);
        }
        long next = jdbc.sql("select nextval(cast(? as regclass))").param(sequence).query(Long.class).single();
        return format.formatted(year, next);
    }

    /** Creates the sequence in the caller's transaction unless it exists; true if this call created it. */
    private boolean createUnlessCommitted(String sequence, String kind, int year) {
        if (exists(sequence)) {
            return false;
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(sequence).query(Object.class).single();
        if (exists(sequence)) {
            return false;
        }
        long start = jdbc.sql("select coalesce(max(last), 0) + 1 from enforcement.counter where kind = ? and year = ?")
                .params(kind, year).query(Long.class).single();
        // the name is built from two capital letters and a year, checked above; DDL takes no parameters
        jdbc.sql("create sequence " + sequence + " start with " + start).update();
        return true;
    }

    /** Asks the catalog with the statement's snapshot (a name lookup could answer from a stale cache). */
    private boolean exists(String sequence) {
        return jdbc.sql("select exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = 'enforcement' and c.relname = ?)")
                .param(sequence.substring("enforcement.".length())).query(Boolean.class).single();
    }
}
