package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.identity.WebSession.form;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.notifications.Notifications;

/**
 * The officer's queue and case file over HTTP: an officer of the case's department sees it (their own cases
 * first), takes measures from the page once the voluntary period is over and writes with the debtor, each side
 * notified; an officer of another district and another citizen see nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficePagesTests {

    static final String YUNUSOBOD = "MBB.1726.1726266";
    static final String CHILONZOR = "MBB.1726.1726294";

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    Desks desks;

    @Autowired
    EnforcementMeasures measures;

    @Autowired
    CaseMessages messages;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerOfTheDepartmentSeesTheCaseMineFirstAndTakesMeasuresFromTheCaseFile() throws Exception {
        var debtor = court.debtor(port);
        var mine = desks.open(port, Court.moneyWrit(debtor.pinfl(), 500_000_000_00L));
        var other = desks.open(port, Court.moneyWrit(court.debtor(port).pinfl(), 1_000_000_00L));
        var officer = desks.signedIn(port, "en", YUNUSOBOD, "ENFORCEMENT_OFFICER");
        desks.assign(mine.number(), officer.appointment());

        var queue = officer.session().get("/office/enforcement");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(mine.number(), other.number(), "Testova Nigora Aziz qizi",
                "Recovery of money", "500,000,000.00");
        assertThat(queue.body().indexOf("row-" + mine.number())).isLessThan(queue.body().indexOf("row-"
                + other.number()));
        assertThat(queue.body()).containsPattern("id=\"row-" + mine.number() + "\"[^>]*data-mine=\"true\"");
        assertThat(officer.session().get("/office/enforcement?status=CLOSED").body()).doesNotContain(mine.number());
        assertThat(officer.session().get("/office/enforcement?status=OPEN").body()).contains(mine.number());
        assertThat(officer.session().get("/office/enforcement?status=LOST").statusCode()).isEqualTo(400);

        var file = officer.session().get("/office/enforcement/cases/" + mine.number());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("/enforcement/writs/verify?number=" + mine.writNumber(),
                debtor.pinfl().value(), "ASSIGNMENT", "least-open-cases/v1", "id=\"measures-form\"",
                "name=\"_csrf\"");

        // within the voluntary period the page says so and nothing is taken
        var early = officer.session().post("/office/enforcement/cases/" + mine.number() + "/measures", form());
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains("id=\"measures-error\"", "The voluntary period runs until");
        assertThat(measures.file(mine.number())).isEmpty();

        desks.pastVoluntaryPeriod(mine.number());
        var taken = officer.session().post("/office/enforcement/cases/" + mine.number() + "/measures", form());
        assertThat(taken.statusCode()).isEqualTo(302);
        assertThat(measures.file(mine.number())).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.actor()).isEqualTo("officer:" + officer.person().value()));
        var after = officer.session().follow(taken);
        assertThat(after.body()).contains("id=\"done\"", "Money debited from an account", "Testova Nigora",
                "258-II", "id=\"payouts\"", "debit from an account", "25,000,000.00");
        // due: 500 000 000 less the 4 364 500 debited (two accounts of 2 500 000 less half the minimum wage),
        // plus the 5 % fee charged with the measures
        assertThat(officer.session().get("/office/enforcement").body()).contains("520,635,500.00");
    }

    @Test
    void anOfficerOfAnotherDistrictAndAnotherCitizenSeeNothingOfTheCase() throws Exception {
        var debtor = court.debtor(port);
        var c = desks.open(port, Court.moneyWrit(debtor.pinfl(), 1_000_000_00L));
        desks.pastVoluntaryPeriod(c.number());
        var foreign = desks.signedIn(port, "en", CHILONZOR, "ENFORCEMENT_OFFICER");

        assertThat(foreign.session().get("/office/enforcement").body()).doesNotContain(c.number());
        assertThat(foreign.session().get("/office/enforcement/cases/" + c.number()).statusCode()).isEqualTo(404);
        assertThat(foreign.session().get("/office/enforcement").statusCode()).isEqualTo(200);
        assertThat(foreign.session().post("/office/enforcement/cases/" + c.number() + "/measures", form())
                .statusCode()).isEqualTo(404);
        assertThat(foreign.session().post("/office/enforcement/cases/" + c.number() + "/messages",
                form("text", "Hello")).statusCode()).isEqualTo(404);
        assertThat(measures.file(c.number())).isEmpty();
        assertThat(messages.thread(c.number())).isEmpty();
        assertThat(foreign.session().get("/office/enforcement/cases/IJ-bogus").statusCode()).isEqualTo(404);

        var stranger = desks.citizen(port, "en", court.debtor(port).pinfl().value());
        assertThat(stranger.get("/office/enforcement").statusCode()).isEqualTo(403);
        assertThat(stranger.get("/office/enforcement/cases/" + c.number()).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/cabinet/enforcement/cases/" + c.number()).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/cabinet/enforcement/cases/" + c.number() + "/messages", form("text", "Hi"))
                .statusCode()).isEqualTo(404);
        assertThat(messages.thread(c.number())).isEmpty();
    }

    @Test
    void theDebtorAndTheOfficerWriteToEachOtherAndEachSideIsNotified() throws Exception {
        var debtor = court.debtor(port);
        var c = desks.open(port, Court.moneyWrit(debtor.pinfl(), 1_000_000_00L));
        var officer = desks.signedIn(port, "en", YUNUSOBOD, "ENFORCEMENT_OFFICER");
        desks.assign(c.number(), officer.appointment());
        var cabinet = desks.citizen(port, "ru", debtor.pinfl().value());
        var page = cabinet.get("/cabinet/enforcement/cases/" + c.number());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(c.writNumber(), "id=\"message-form\"", "/payments/sandbox/");

        // empty and oversized texts are refused beside the field, in the debtor's language, and nothing is stored
        var empty = cabinet.post("/cabinet/enforcement/cases/" + c.number() + "/messages", form("text", "   "));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"text-error\"", "Напишите текст сообщения.");
        var long_ = cabinet.post("/cabinet/enforcement/cases/" + c.number() + "/messages",
                form("text", "x".repeat(CaseMessages.MAX_LENGTH + 1)));
        assertThat(long_.body()).contains("id=\"text-error\"", "не более 2");
        assertThat(messages.thread(c.number())).isEmpty();

        var sent = cabinet.post("/cabinet/enforcement/cases/" + c.number() + "/messages",
                form("text", "Oylikdan toʻlayman, <b>iltimos</b> kuting"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(notifications.notices(officer.person())).anySatisfy(n -> {
            assertThat(n.template()).isEqualTo("enforcement-message-to-officer");
            assertThat(n.subject()).contains(c.number());
        });
        var file = officer.session().get("/office/enforcement/cases/" + c.number());
        assertThat(file.body()).contains("Oylikdan toʻlayman, &lt;b&gt;iltimos&lt;/b&gt; kuting");

        var empty2 = officer.session().post("/office/enforcement/cases/" + c.number() + "/messages",
                form("text", ""));
        assertThat(empty2.body()).contains("id=\"text-error\"", "Write the text of the message.");
        var reply = officer.session().post("/office/enforcement/cases/" + c.number() + "/messages",
                form("text", "Kutaman, 10-dekabrgacha"));
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(notifications.notices(debtor.id())).anySatisfy(n -> {
            assertThat(n.template()).isEqualTo("enforcement-message-to-debtor");
            assertThat(n.body()).contains(c.number(), "Testova");
        });
        assertThat(cabinet.get("/cabinet/enforcement/cases/" + c.number()).body())
                .contains("Kutaman, 10-dekabrgacha", "государственный исполнитель");
        assertThat(messages.thread(c.number())).extracting(CaseMessage::side)
                .containsExactly(CaseMessage.Side.DEBTOR, CaseMessage.Side.OFFICER);
        // the longest message allowed is stored whole
        assertThat(cabinet.post("/cabinet/enforcement/cases/" + c.number() + "/messages",
                form("text", "y".repeat(CaseMessages.MAX_LENGTH))).statusCode()).isEqualTo(302);
        assertThat(messages.thread(c.number()).getLast().text()).hasSize(CaseMessages.MAX_LENGTH);
    }
}
