package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.enforcement.CaseFixtures.CHILONZOR;
import static uz.yagona.enforcement.CaseFixtures.YUNUSOBOD;
import static uz.yagona.enforcement.Court.body;
import static uz.yagona.enforcement.Court.text;
import static uz.yagona.identity.WebSession.form;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.exchange.Debtor;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;

/**
 * Officers suspend, resume, return the writ, terminate and take over over the API (and the office forms): a
 * suspended case takes no measures from the robot or the officer; return and termination close the case with
 * that outcome and lift every measure; a wrong state is a 409, another district's officer a 403, bad input a 400,
 * and none of them changes anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficerActionsTests {

    static final long LARGE = 500_000_000_00L;
    static final long SMALL = 6_000_000_00L;

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    EnforcementCases cases;

    @Autowired
    EnforcementMeasures measures;

    @Autowired
    EnforcementRobot robot;

    @Autowired
    Exchange exchange;

    private HttpResponse<byte[]> act(String number, String action, String reason, String basis, String token)
            throws Exception {
        var request = new HashMap<String, Object>();
        if (reason != null) {
            request.put("reason", reason);
        }
        if (basis != null) {
            request.put("legalBasis", basis);
        }
        return court.post(port, "/api/v1/enforcement/cases/" + number + "/" + action, request, token, "en");
    }

    private static String rule(HttpResponse<byte[]> response) {
        return body(response).get("errors").get(0).get("rule").asString();
    }

    @Test
    void aSuspendedCaseTakesNoMeasuresFromTheRobotOrTheOfficerUntilResumed() throws Exception {
        var debtor = court.debtor(port);
        var officer = court.officer(port, YUNUSOBOD);
        var c = fixtures.due(port, debtor, SMALL);

        var suspended = act(c.number(), "suspension", "The debtor is in hospital until March.", "DEBTOR_IN_HOSPITAL",
                officer.token());
        assertThat(suspended.statusCode()).as(text(suspended)).isEqualTo(200);
        assertThat(body(suspended).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(body(suspended).get("kind").asString()).isEqualTo("SUSPENSION");
        assertThat(cases.find(c.number()).orElseThrow().status()).isEqualTo(CaseStatus.SUSPENDED);
        assertThat(fixtures.notices(debtor.id(), "enforcement-case-suspension"))
                .anyMatch(subject -> subject.contains(c.number()));

        robot.step();
        assertThat(measures.file(c.number())).extracting(CaseEntry::kind).containsExactly("SUSPENSION");
        var refused = court.post(port, "/api/v1/enforcement/cases/" + c.number() + "/measures", Map.of(),
                officer.token(), "en");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(rule(refused)).isEqualTo("enforcement.case.suspended");
        var twice = act(c.number(), "suspension", "Again, by mistake.", "COURT_STAY", officer.token());
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(rule(twice)).isEqualTo("enforcement.action.state");
        assertThat(measures.file(c.number())).hasSize(1);

        var resumed = act(c.number(), "resumption", "Discharged from hospital.", "GROUNDS_ENDED", officer.token());
        assertThat(resumed.statusCode()).as(text(resumed)).isEqualTo(200);
        assertThat(body(resumed).get("status").asString()).isEqualTo("OPEN");
        robot.step();
        assertThat(measures.file(c.number())).extracting(CaseEntry::kind).startsWith("SUSPENSION", "RESUMPTION",
                "ASSETS_FOUND").contains("DEBIT");
        assertThat(measures.file(c.number()).get(0).legalBasis()).contains("258-II", "DEBTOR_IN_HOSPITAL");
    }

    @Test
    void returningTheWritClosesTheCaseAndLiftsEveryMeasure() throws Exception {
        var debtor = court.debtor(port);
        var officer = court.officer(port, YUNUSOBOD);
        var c = fixtures.due(port, debtor, LARGE);
        var taken = court.post(port, "/api/v1/enforcement/cases/" + c.number() + "/measures", Map.of(),
                officer.token(), "en");
        assertThat(taken.statusCode()).as(text(taken)).isEqualTo(200);
        assertThat(measures.file(c.number())).anyMatch(e -> e.kind().equals("TRAVEL_BAN") && e.active());

        var returned = act(c.number(), "return", "The creditor asked for the writ back.", "CREDITOR_REQUEST",
                officer.token());
        assertThat(returned.statusCode()).as(text(returned)).isEqualTo(200);
        assertThat(body(returned).get("closeReason").asString()).isEqualTo("WRIT_RETURNED");
        var closed = cases.find(c.number()).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.WRIT_RETURNED);
        assertThat(closed.closedAt()).isNotNull();
        assertLifted(c.number(), debtor);
        assertThat(fixtures.notices(debtor.id(), "enforcement-case-return"))
                .anyMatch(subject -> subject.contains(c.number()));

        var terminate = act(c.number(), "termination", "Too late for this.", "DEBTOR_DIED", officer.token());
        assertThat(terminate.statusCode()).isEqualTo(409);
        assertThat(rule(terminate)).isEqualTo("enforcement.action.state");
        assertThat(cases.find(c.number()).orElseThrow().closeReason()).isEqualTo(CloseReason.WRIT_RETURNED);
    }

    @Test
    void terminatingASuspendedCaseLiftsEveryMeasureAndTellsTheDebtorAndTheCreditor() throws Exception {
        var debtor = court.debtor(port);
        var creditor = court.debtor(port);
        var officer = court.officer(port, YUNUSOBOD);
        var writ = new HashMap<String, Object>(Court.moneyWrit(debtor.pinfl(), LARGE));
        writ.put("creditor", Map.of("pinfl", creditor.pinfl().value(), "name", "Karimov Jasur Anvarovich"));
        var c = fixtures.due(port, writ);
        assertThat(court.post(port, "/api/v1/enforcement/cases/" + c.number() + "/measures", Map.of(),
                officer.token(), "en").statusCode()).isEqualTo(200);
        assertThat(act(c.number(), "suspension", "The decision is challenged.", "DECISION_CHALLENGED",
                officer.token()).statusCode()).isEqualTo(200);

        var terminated = act(c.number(), "termination", "The Supreme Court cancelled the decision.",
                "DECISION_CANCELLED", officer.token());
        assertThat(terminated.statusCode()).as(text(terminated)).isEqualTo(200);
        var closed = cases.find(c.number()).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.TERMINATED);
        assertLifted(c.number(), debtor);
        assertThat(fixtures.notices(debtor.id(), "enforcement-case-termination"))
                .anyMatch(subject -> subject.contains(c.number()));
        assertThat(fixtures.notices(creditor.id(), "enforcement-case-termination"))
                .anyMatch(subject -> subject.contains(c.number()));
        assertThat(measures.file(c.number())).extracting(CaseEntry::kind).endsWith("SUSPENSION", "TERMINATION");
    }

    @Test
    void anOfficerTakesACaseOverAndTheRobotNoLongerTouchesIt() throws Exception {
        var debtor = court.debtor(port);
        var officer = court.officer(port, YUNUSOBOD);
        var c = fixtures.due(port, debtor, SMALL);

        var taken = act(c.number(), "takeover", "I know this debtor.", "OFFICER_DECISION", officer.token());
        assertThat(taken.statusCode()).as(text(taken)).isEqualTo(200);
        assertThat(body(taken).get("handler").asString()).isEqualTo("OFFICER");
        robot.step();
        assertThat(measures.file(c.number())).extracting(CaseEntry::kind).containsExactly("TAKEOVER");
        assertThat(cases.decisions(c.writNumber())).noneMatch(d -> d.kind().startsWith("ROBOT_"));

        var again = act(c.number(), "takeover", "Once more.", "OFFICER_DECISION", officer.token());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(rule(again)).isEqualTo("enforcement.action.handler");
    }

    @Test
    void anotherDistrictsOfficerIsRefusedAndBadInputChangesNothing() throws Exception {
        var debtor = court.debtor(port);
        var officer = court.officer(port, YUNUSOBOD);
        var foreign = court.officer(port, CHILONZOR);
        var c = fixtures.due(port, debtor, SMALL);

        var refused = act(c.number(), "suspension", "Not my case.", "COURT_STAY", foreign.token());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(rule(refused)).isEqualTo("enforcement.action.forbidden");
        var byDebtor = act(c.number(), "termination", "I would like that.", "DEBTOR_DIED", debtor.token());
        assertThat(byDebtor.statusCode()).isEqualTo(403);

        var noReason = act(c.number(), "suspension", null, "COURT_STAY", officer.token());
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(body(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(rule(noReason)).isEqualTo("enforcement.action.reason");
        var wrongBasis = act(c.number(), "suspension", "The debtor has nothing.", "NO_ASSETS", officer.token());
        assertThat(wrongBasis.statusCode()).isEqualTo(400);
        assertThat(body(wrongBasis).get("errors").get(0).get("field").asString()).isEqualTo("legalBasis");
        assertThat(body(wrongBasis).get("detail").asString()).contains("COURT_STAY");
        var tooLong = act(c.number(), "return", "x".repeat(2001), "NO_ASSETS", officer.token());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        var russian = court.post(port, "/api/v1/enforcement/cases/" + c.number() + "/suspension",
                Map.of("legalBasis", "COURT_STAY"), officer.token(), "ru");
        assertThat(body(russian).get("detail").asString()).contains("Укажите причину");
        var unknown = act("IJ-2026-9999999", "suspension", "No such case.", "COURT_STAY", officer.token());
        assertThat(unknown.statusCode()).isEqualTo(404);
        var malformed = act("IJ-1", "suspension", "Bad number.", "COURT_STAY", officer.token());
        assertThat(malformed.statusCode()).isEqualTo(400);

        var unchanged = cases.find(c.number()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(unchanged.handler()).isEqualTo(CaseHandler.ROBOT);
        assertThat(measures.file(c.number())).isEmpty();
    }

    @Test
    void theOfficePageFormsActForAnOfficerOfTheDepartmentOnly() throws Exception {
        var debtor = court.debtor(port);
        court.officer(port, YUNUSOBOD);
        var c = fixtures.due(port, debtor, SMALL);
        var session = fixtures.officerSession(port, YUNUSOBOD);
        var path = "/office/enforcement/cases/" + c.number();

        // the forms as the officer's case page includes them: each with its CSRF token, the actions the state allows
        var forms = session.get("/test/enforcement/office-actions/" + c.number());
        assertThat(forms.statusCode()).isEqualTo(200);
        assertThat(forms.body()).contains("action=\"" + path + "/measures\"", "action=\"" + path + "/suspension\"",
                "action=\"" + path + "/return\"", "action=\"" + path + "/termination\"",
                "action=\"" + path + "/takeover\"", "value=\"COURT_STAY\"", "The robot enforcer works this case.")
                .doesNotContain("action=\"" + path + "/resumption\"");
        var section = forms.body().substring(forms.body().indexOf("id=\"officer-actions\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section.split("<form ", -1)).hasSize(5 + 1);
        assertThat(section.split("name=\"_csrf\"", -1)).hasSize(5 + 1);

        var bad = session.post(path + "/suspension", form("reason", "Court stay.", "legalBasis", "NO_ASSETS"));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(bad.headers().firstValue("Location").orElseThrow()).endsWith(path);
        assertThat(cases.find(c.number()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);

        var done = session.post(path + "/suspension", form("reason", "Court stay.", "legalBasis", "COURT_STAY"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith(path);
        assertThat(cases.find(c.number()).orElseThrow().status()).isEqualTo(CaseStatus.SUSPENDED);
        assertThat(session.get("/test/enforcement/office-actions/" + c.number()).body())
                .contains("action=\"" + path + "/resumption\"").doesNotContain("action=\"" + path + "/suspension\"");

        var foreign = fixtures.officerSession(port, CHILONZOR);
        var refused = foreign.post(path + "/resumption", form("reason", "Not mine.", "legalBasis", "GROUNDS_ENDED"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(cases.find(c.number()).orElseThrow().status()).isEqualTo(CaseStatus.SUSPENDED);
    }

    private void assertLifted(String number, Court.Debtor debtor) {
        assertThat(measures.file(number)).filteredOn(e -> e.registryId() != null && !e.kind().equals("DEBIT"))
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.status()).isEqualTo("LIFTED");
                    assertThat(e.liftedAt()).isNotNull();
                });
        var registry = exchange.debtorAssets(Debtor.person(debtor.pinfl()), RequestContext.system("MBB", "test",
                Purpose.ENFORCEMENT, "test", number));
        assertThat(registry.travelBans()).allSatisfy(ban -> assertThat(ban.liftedAt()).isNotNull());
        assertThat(registry.realEstate()).allSatisfy(p -> assertThat(p.isEncumbered()).isFalse());
        assertThat(registry.accounts()).allSatisfy(a -> assertThat(a.held().isZero()).isTrue());
    }
}
