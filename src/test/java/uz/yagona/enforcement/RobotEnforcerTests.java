package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.yagona.enforcement.CaseFixtures.YUNUSOBOD;
import static uz.yagona.enforcement.Court.body;
import static uz.yagona.enforcement.Court.text;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.identity.Accounts;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.payments.Payments;
import uz.yagona.payments.ProviderTransaction;
import uz.yagona.shared.Sex;

/**
 * The robot enforcer works small writs from the signed writ to closure with no human, each step a recorded
 * decision; leaves large ones to officers; stops on the first failure and hands the case to its officer, who is
 * notified; never touches a case an officer took; and skips a case another node holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RobotEnforcerTests {

    /** 6 000 000 soʻm: within the robot's limit of 10 000 000 soʻm. */
    static final long SMALL = 6_000_000_00L;
    static final long LARGE = 500_000_000_00L;

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    EnforcementRobot robot;

    @Autowired
    EnforcementCases cases;

    @Autowired
    EnforcementMeasures measures;

    @Autowired
    Payments payments;

    @Autowired
    Persons persons;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theRobotTakesASmallWritFromMeasuresToClosureWithEveryStepARecordedDecision() throws Exception {
        var debtor = court.debtor(port);
        court.officer(port, YUNUSOBOD);
        var c = fixtures.due(port, debtor, SMALL);
        assertThat(c.handler()).isEqualTo(CaseHandler.ROBOT);

        robot.step();

        var taken = measures.file(c.number());
        assertThat(taken).extracting(CaseEntry::kind).containsExactly("ASSETS_FOUND", "HOLD", "DEBIT", "HOLD",
                "DEBIT", "REAL_ESTATE_ARREST");
        assertThat(taken).allSatisfy(e -> assertThat(e.actor()).isEqualTo("robot"));
        assertThat(cases.decisions(c.writNumber())).filteredOn(d -> d.kind().equals("ROBOT_MEASURES"))
                .singleElement().satisfies(d -> {
                    assertThat(d.rule()).isEqualTo("robot-measures/v1");
                    assertThat(d.outcome()).isEqualTo("MEASURES_TAKEN");
                    assertThat(d.inputs()).contains("\"maxAmount\"", "max-amount", "REAL_ESTATE_ARREST");
                    assertThat(d.reason()).contains("within the robot's limit");
                });

        var open = cases.find(c.number()).orElseThrow();
        var invoice = payments.findByNumber(open.invoiceNumber()).orElseThrow();
        assertThat(payments.credit("sandbox", new ProviderTransaction("sandbox-" + UUID.randomUUID(),
                invoice.number(), invoice.amount(), Instant.now()))).isTrue();
        var closed = await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(c.number()).orElseThrow(),
                found -> found.status() == CaseStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.PAID);
        assertThat(measures.file(c.number())).filteredOn(e -> e.registryId() != null && !e.kind().equals("DEBIT"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.status()).isEqualTo("LIFTED"));

        var decisions = await().atMost(Duration.ofSeconds(20)).until(() -> cases.decisions(c.writNumber()),
                list -> list.stream().anyMatch(d -> d.kind().equals("ROBOT_CLOSURE")));
        // the travel-ban rule and the robot's decision are recorded in one transaction: their order is not asserted
        assertThat(decisions).extracting(AutomatedDecision::kind)
                .containsExactlyInAnyOrder("ASSIGNMENT", "TRAVEL_BAN", "ROBOT_MEASURES", "ROBOT_CLOSURE");
        assertThat(decisions.getFirst().kind()).isEqualTo("ASSIGNMENT");
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d.rule()).isNotBlank();
            assertThat(d.inputs()).startsWith("{");
            assertThat(d.reason()).isNotBlank();
        });
        assertThat(decisions.getLast().reason()).contains("measures were lifted");
    }

    @Test
    void aClaimAboveTheLimitIsLeftToTheOfficerOnceAndTheOfficerIsTold() throws Exception {
        var debtor = court.debtor(port);
        var officer = court.officer(port, YUNUSOBOD);
        var c = fixtures.due(port, debtor, LARGE);

        robot.step();
        robot.step();

        assertThat(measures.file(c.number())).isEmpty();
        var after = cases.find(c.number()).orElseThrow();
        assertThat(after.handler()).isEqualTo(CaseHandler.OFFICER);
        assertThat(after.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(cases.decisions(c.writNumber())).filteredOn(d -> d.kind().equals("ROBOT_SCOPE"))
                .singleElement().satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo("OFFICER");
                    assertThat(d.reason()).contains("exceeds the robot's limit");
                });
        assertThat(measures.dueForMeasures(10_000)).doesNotContain(c.number());
        assertThat(fixtures.notices(fixtures.officerPerson(after), "enforcement-robot-left"))
                .anyMatch(subject -> subject.contains(c.number()));

        // the officer enforces it
        var taken = court.post(port, "/api/v1/enforcement/cases/" + c.number() + "/measures", Map.of(),
                officer.token(), "en");
        assertThat(taken.statusCode()).as(text(taken)).isEqualTo(200);
        assertThat(body(taken).get(0).get("actor").asString()).startsWith("officer:");
    }

    @Test
    void anExchangeFailureStopsTheRobotWhichHandsTheCaseToTheNotifiedOfficerAndNeverTouchesItAgain()
            throws Exception {
        // a person the national ID knows but the registries do not: the exchange cannot find the debtor's assets
        var pinfl = TestCitizens.freshPinfl(Sex.MALE);
        var id = persons.register(new NewPerson(pinfl, new PersonName("Nomaʼlum", "Olim", "Karimovich"),
                new PersonName("Номаълум", "Олим", "Каримович"), pinfl.birthDate(), Sex.MALE, null, null));
        accounts.open(id, TestCitizens.PASSWORD, false);
        fixtures.token(port, "MBB", "ENFORCEMENT_OFFICER");
        var c = fixtures.due(port, Court.moneyWrit(pinfl, SMALL));
        assertThat(c.officer()).isNotNull();

        robot.step();

        var after = cases.find(c.number()).orElseThrow();
        assertThat(after.handler()).isEqualTo(CaseHandler.OFFICER);
        assertThat(measures.file(c.number())).isEmpty();
        assertThat(cases.decisions(c.writNumber())).filteredOn(d -> d.kind().equals("ROBOT_STOPPED"))
                .singleElement().satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo("OFFICER");
                    assertThat(d.inputs()).contains("exchange.notFound", "SubjectNotFound");
                    assertThat(d.reason()).contains("robot stopped");
                });
        assertThat(fixtures.notices(fixtures.officerPerson(after), "enforcement-robot-stopped"))
                .singleElement().satisfies(subject -> assertThat(subject).contains(c.number()));

        robot.step();
        assertThat(cases.decisions(c.writNumber())).filteredOn(d -> d.kind().startsWith("ROBOT_")).hasSize(1);
        assertThat(measures.dueForMeasures(10_000)).doesNotContain(c.number());
    }

    @Test
    void theRobotSkipsACaseAnotherNodeHoldsAndTakesItOnceReleased() throws Exception {
        var debtor = court.debtor(port);
        court.officer(port, YUNUSOBOD);
        var c = fixtures.due(port, debtor, SMALL);
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var otherNode = Thread.ofVirtual().start(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> {
                    jdbc.sql("select number from enforcement.enforcement_case where number = ? for update")
                            .param(c.number()).query(String.class).single();
                    locked.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        robot.step();
        assertThat(measures.file(c.number())).isEmpty();
        assertThat(cases.decisions(c.writNumber())).noneMatch(d -> d.kind().startsWith("ROBOT_"));

        release.countDown();
        otherNode.join();
        robot.step();
        assertThat(measures.file(c.number())).extracting(CaseEntry::kind).startsWith("ASSETS_FOUND");
    }
}
