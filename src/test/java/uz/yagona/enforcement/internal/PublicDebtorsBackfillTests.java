package uz.yagona.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import uz.yagona.enforcement.PublicCase;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/**
 * Cases that reached the table without going through {@code open} (opened before the search existed, or loaded in
 * bulk) are keyed by the start-up backfill with the same keys, once, and only while open; a Cyrillic name too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "yagona.enforcement.public-search.per-minute=4")
class PublicDebtorsBackfillTests {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    JdbcPublicDebtors debtors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void openCasesWithoutAKeyAreKeyedOnceAndClosedOnesAreNot() {
        var born = LocalDate.of(1979, 2, 11);
        var open = loaded(Pinfl.of(born, Sex.MALE, 998, SERIAL.incrementAndGet()), "Ҳасанов Шоҳрух Анварович", "OPEN");
        var closed = loaded(Pinfl.of(born, Sex.MALE, 998, SERIAL.incrementAndGet()), "Hasanov Shoxrux", "CLOSED");

        assertThat(debtors.byName("Hasanov Shoxrux", born)).extracting(PublicCase::caseNumber)
                .doesNotContain(open, closed);
        assertThat(debtors.backfill()).isPositive();
        assertThat(debtors.byName("Хасанов Шохрух", born)).extracting(PublicCase::caseNumber).contains(open)
                .doesNotContain(closed);
        assertThat(debtors.byName("HASANOV shoxrux anvarovich", born)).extracting(PublicCase::caseNumber)
                .contains(open);
        assertThat(jdbc.sql("select count(*) from enforcement.public_debtor where case_number in (?, ?)")
                .params(open, closed).query(Long.class).single()).isEqualTo(1);
        assertThat(debtors.backfill()).isZero();
    }

    /** A signed writ and its case written straight into the tables, as a bulk load would; the case number. */
    private String loaded(Pinfl pinfl, String name, String status) {
        int n = 9_000_000 + SERIAL.incrementAndGet();
        var writ = "IV-2026-" + n;
        var number = "IJ-2026-" + n;
        jdbc.sql("insert into enforcement.writ (number, court, decision_number, decision_date, creditor_stir, "
                        + "creditor_name, debtor_pinfl, debtor_name, claim_type, amount_tiyin, author, issued_at, "
                        + "status, signature, signed_by, signed_at, ledger_sequence) values (?, 'SC', '2-1/2026', "
                        + "date '2026-01-15', '301234567', 'Toshkent Non', ?, ?, 'FINE', 100000, '30101199000011', "
                        + "now(), 'SIGNED', '\\x00'::bytea, '30101199000011', now(), ?)")
                .params(writ, pinfl.value(), name, (long) n).update();
        jdbc.sql("insert into enforcement.enforcement_case (number, writ_number, debtor_pinfl, agency, claim_type, "
                        + "amount_tiyin, status, voluntary_until, opened_at, closed_at, close_reason) values (?, ?, ?, "
                        + "'MBB.1726.1726266', 'FINE', 100000, ?, date '2026-01-25', now(), "
                        + "case when ? = 'CLOSED' then now() end, case when ? = 'CLOSED' then 'PAID' end)")
                .params(number, writ, pinfl.value(), status, status, status).update();
        return number;
    }
}
