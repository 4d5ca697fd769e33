package uz.yagona.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writs and cases are numbered by many writers at once: every number unique, increasing within the year for each
 * writer, the count of a year continuing where the older counter row left it, and a year's first number rolled
 * back leaving nothing broken. Each test numbers in a year of its own, far from the ones other tests use.
 */
@SpringBootTest
@ActiveProfiles("test")
class NumbersTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Autowired
    Numbers numbers;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private String next(String kind, String format, java.time.Instant at) {
        String number = transaction.execute(status -> numbers.next(kind, format, at));
        return java.util.Objects.requireNonNull(number);
    }

    @Test
    void writersAtOnceGetUniqueNumbersEachIncreasing() throws Exception {
        var at = LocalDate.of(2091, 3, 1).atStartOfDay(TASHKENT).toInstant();
        var writers = new ArrayList<Callable<List<Long>>>();
        for (int w = 0; w < 8; w++) {
            writers.add(() -> {
                var mine = new ArrayList<Long>();
                for (int i = 0; i < 40; i++) {
                    var number = transaction.execute(status -> numbers.next("IJ", "IJ-%04d-%07d", at));
                    assertThat(number).matches("IJ-2091-\\d{7}");
                    mine.add(Long.parseLong(number.substring(8)));
                }
                return mine;
            });
        }
        var all = new ArrayList<Long>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var result : pool.invokeAll(writers)) {
                var mine = result.get();
                assertThat(mine).isSorted().doesNotHaveDuplicates();
                all.addAll(mine);
            }
        }
        assertThat(all).hasSize(320).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 320);
    }

    @Test
    void aYearsCountContinuesWhereTheCounterRowLeftIt() {
        jdbc.sql("insert into enforcement.counter (kind, year, last) values ('IV', 2092, 41)").update();
        var at = LocalDate.of(2092, 12, 31).atStartOfDay(TASHKENT).toInstant();

        assertThat(next("IV", "IV-%04d-%07d", at)).isEqualTo("IV-2092-0000042");
        assertThat(next("IV", "IV-%04d-%07d", at)).isEqualTo("IV-2092-0000043");
    }

    @Test
    void aYearsFirstNumberRolledBackLeavesNumberingWorking() {
        var at = LocalDate.of(2093, 1, 1).atStartOfDay(TASHKENT).toInstant();

        transaction.executeWithoutResult(status -> {
            assertThat(numbers.next("IJ", "IJ-%04d-%07d", at)).isEqualTo("IJ-2093-0000001");
            status.setRollbackOnly();
        });

        assertThat(next("IJ", "IJ-%04d-%07d", at)).isEqualTo("IJ-2093-0000001");
        assertThat(next("IJ", "IJ-%04d-%07d", at)).isEqualTo("IJ-2093-0000002");
    }
}
