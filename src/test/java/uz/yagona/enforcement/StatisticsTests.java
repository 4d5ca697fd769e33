package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.enforcement.Court.body;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.enforcement.EnforcementStatistics.Figures;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;

/**
 * The heads' figures on a known set of cases in a region of their own: counts, recovered share and average
 * duration exact in the service, on the page, as JSON and as CSV; a head sees only the region they head.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatisticsTests {

    @LocalServerPort
    int port;

    @Autowired
    EnforcementStatistics statistics;

    @Autowired
    Desks desks;

    @Autowired
    Court court;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCitizens citizens;

    @Test
    void figuresByRegionAndOfficerAreExactOnAKnownSetAndOnlyForTheHeadOfTheRegion() throws Exception {
        var region = "T" + UUID.randomUUID().toString().substring(0, 8);
        var first = "MBB." + region + ".D1";
        var second = "MBB." + region + ".D2";
        var one = UUID.randomUUID();
        var two = UUID.randomUUID();
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // officer one: an open case a quarter recovered, a case closed after 4 days; officer two: closed after 2
        insert(first, one, "MONEY_RECOVERY", 1000_00L, 250_00L, now.minus(3, ChronoUnit.DAYS), null);
        insert(first, one, "FINE", 2000_00L, 2000_00L, now.minus(10, ChronoUnit.DAYS), now.minus(6, ChronoUnit.DAYS));
        insert(first, two, "ALIMONY", 500_00L, 500_00L, now.minus(5, ChronoUnit.DAYS), now.minus(3, ChronoUnit.DAYS));
        // nobody assigned, and nothing to recover in money
        insert(second, null, "NON_MONETARY", null, 0, now.minus(1, ChronoUnit.DAYS), null);

        var scope = List.of("MBB." + region);
        assertThat(statistics.byRegion(scope)).containsExactly(new Figures(region, null, 2, 2, 3500_00L, 2750_00L,
                new BigDecimal("0.7857"), new BigDecimal("3.0")));
        assertThat(statistics.byOfficer(scope)).containsExactlyInAnyOrder(
                new Figures(one.toString(), first, 1, 1, 3000_00L, 2250_00L, new BigDecimal("0.7500"),
                        new BigDecimal("4.0")),
                new Figures(two.toString(), first, 0, 1, 500_00L, 500_00L, new BigDecimal("1.0000"),
                        new BigDecimal("2.0")),
                new Figures(null, second, 1, 0, 0, 0, null, null));
        // a district scope sees only its department; MBB sees this region among all
        assertThat(statistics.byRegion(List.of(second))).singleElement()
                .satisfies(f -> assertThat(f.open()).isEqualTo(1));
        assertThat(statistics.byRegion(List.of("MBB"))).filteredOn(f -> region.equals(f.key())).singleElement()
                .isEqualTo(statistics.byRegion(scope).getFirst());

        var head = desks.signedIn(port, "en", "MBB." + region, "SUPERVISOR");
        var page = head.session().get("/office/enforcement/statistics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-key=\"" + region + "\"", "78.6 %", "3.0", "width:79%",
                "data-key=\"" + one + "\"", "Not assigned").doesNotContain("data-key=\"1726\"");
        var csv = head.session().get("/office/enforcement/statistics.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("region," + region + ",,2,2,350000,275000,0.7857,3.0\r\n",
                "officer," + one + "," + first + ",1,1,300000,225000,0.7500,4.0\r\n",
                "officer,," + second + ",1,0,0,0,,\r\n");

        // another head of the region over the API (a TOTP code signs in once, so not the page's head)
        var apiHead = citizens.appointedTo("MBB." + region, "SUPERVISOR").login();
        var token = TokenFlows.accessToken(port, court.clients(), apiHead.pinflValue(), apiHead.password(),
                apiHead.totpSecret());
        var json = court.get(port, "/api/v1/enforcement/statistics", token, "en");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(body(json).get("scopes").get(0).asString()).isEqualTo("MBB." + region);
        var figures = body(json).get("regions").get(0);
        assertThat(figures.get("key").asString()).isEqualTo(region);
        assertThat(figures.get("open").asLong()).isEqualTo(2);
        assertThat(figures.get("closed").asLong()).isEqualTo(2);
        assertThat(figures.get("recoveredShare").decimalValue()).isEqualByComparingTo("0.7857");
        assertThat(figures.get("averageDays").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(body(json).get("officers").size()).isEqualTo(3);

        // an officer who heads nothing, and the head of another region, see none of it
        var officer = desks.signedIn(port, "en", first, "ENFORCEMENT_OFFICER");
        assertThat(officer.session().get("/office/enforcement/statistics").statusCode()).isEqualTo(403);
        var apiOfficer = citizens.appointedTo(first, "ENFORCEMENT_OFFICER").login();
        var officerToken = TokenFlows.accessToken(port, court.clients(), apiOfficer.pinflValue(),
                apiOfficer.password(), apiOfficer.totpSecret());
        var refused = court.get(port, "/api/v1/enforcement/statistics", officerToken, "ru");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(Court.text(refused)).contains("руководители");
        var otherHead = desks.signedIn(port, "en", "MBB.X" + UUID.randomUUID().toString().substring(0, 8),
                "SUPERVISOR");
        assertThat(otherHead.session().get("/office/enforcement/statistics").body()).doesNotContain(region);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic
            .AtomicInteger();

    /** A case of a known shape, with a draft writ under it: only the statistics read these rows. */
    private void insert(String agency, @Nullable UUID officer, String claimType, @Nullable Long amount,
            long recovered, Instant opened, @Nullable Instant closed) {
        var id = UUID.randomUUID().toString();
        var writ = "IV-STAT-" + id;
        jdbc.sql("insert into enforcement.writ (number, court, decision_number, decision_date, creditor_stir, "
                        + "creditor_name, debtor_stir, debtor_name, claim_type, amount_tiyin, obligation, author, "
                        + "issued_at, status) values (?, 'SC', '2-1/2026', ?, '301234567', 'Creditor', '301234567', "
                        + "'Debtor', ?, ?, ?, 'test', ?, 'DRAFT')")
                .params(writ, LocalDate.now().minusDays(30), claimType, amount,
                        amount == null ? "Hand over the keys" : null, Timestamp.from(opened))
                .update();
        jdbc.sql("insert into enforcement.enforcement_case (number, writ_number, debtor_stir, agency, officer, "
                        + "claim_type, amount_tiyin, recovered_tiyin, status, voluntary_until, opened_at, closed_at, "
                        + "close_reason) values (?, ?, '301234567', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params("IJ-STAT-" + SERIAL.incrementAndGet() + "-" + id, writ, agency, officer, claimType, amount,
                        recovered, closed == null ? "OPEN" : "CLOSED", LocalDate.now(), Timestamp.from(opened),
                        closed == null ? null : Timestamp.from(closed), closed == null ? null : "PAID")
                .update();
    }
}
