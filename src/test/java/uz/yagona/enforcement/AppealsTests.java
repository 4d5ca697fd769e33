package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.enforcement.CaseFixtures.YUNUSOBOD;
import static uz.yagona.enforcement.CaseFixtures.entry;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.WebSession;

/**
 * The debtor appeals an entry of the case file or an automated decision of their own case; the head of the
 * department upholds it (the contested measure lifted through the exchange) or rejects it with reasons; the
 * debtor is notified and both are in the case file. Other people's cases, other regions' heads and bad input are
 * refused and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AppealsTests {

    static final long LARGE = 500_000_000_00L;

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
    Exchange exchange;

    @Autowired
    JdbcClient jdbc;

    /** A large case of a fresh debtor in Yunusobod with the officer's measures taken (a travel ban among them). */
    private EnforcementCase enforced(Court.Debtor debtor) throws Exception {
        var officer = court.officer(port, YUNUSOBOD);
        var c = fixtures.due(port, debtor, LARGE);
        var taken = court.post(port, "/api/v1/enforcement/cases/" + c.number() + "/measures", Map.of(),
                officer.token(), "en");
        assertThat(taken.statusCode()).as(text(taken)).isEqualTo(200);
        return c;
    }

    private HttpResponse<byte[]> appeal(String number, Map<String, Object> request, String token) throws Exception {
        return court.post(port, "/api/v1/enforcement/cases/" + number + "/appeals", request, token, "en");
    }

    private HttpResponse<byte[]> decide(String appeal, Object uphold, String answer, String token) throws Exception {
        var request = new HashMap<String, Object>();
        if (uphold != null) {
            request.put("uphold", uphold);
        }
        request.put("answer", answer);
        return court.post(port, "/api/v1/enforcement/office/appeals/" + appeal + "/decision", request, token, "en");
    }

    private static String field(HttpResponse<byte[]> response) {
        return body(response).get("errors").get(0).get("field").asString();
    }

    @Test
    void anUpheldAppealLiftsTheContestedTravelBanAndTheDebtorHearsOfIt() throws Exception {
        var debtor = court.debtor(port);
        var c = enforced(debtor);
        var ban = entry(measures.file(c.number()), "TRAVEL_BAN");

        var filed = appeal(c.number(), Map.of("entry", ban.toString(), "text",
                "I must travel for surgery abroad; my flat covers the debt."), debtor.token());
        assertThat(filed.statusCode()).as(text(filed)).isEqualTo(201);
        var id = body(filed).get("id").asString();
        assertThat(body(filed).get("status").asString()).isEqualTo("PENDING");

        var head = fixtures.token(port, "MBB.1726", "SUPERVISOR");
        var pending = court.get(port, "/api/v1/enforcement/office/appeals", head, "en");
        assertThat(pending.statusCode()).isEqualTo(200);
        assertThat(text(pending)).contains(id);

        var upheld = decide(id, true, "The ban is disproportionate: the arrested flat covers the debt.", head);
        assertThat(upheld.statusCode()).as(text(upheld)).isEqualTo(200);
        assertThat(body(upheld).get("status").asString()).isEqualTo("UPHELD");
        assertThat(measures.file(c.number())).filteredOn(e -> e.id().equals(ban)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("LIFTED"));
        assertThat(exchange.travelBans(debtor.pinfl(), RequestContext.system("MBB", "test", Purpose.ENFORCEMENT,
                "test", c.number()))).allSatisfy(b -> assertThat(b.liftedAt()).isNotNull());
        assertThat(measures.file(c.number())).extracting(CaseEntry::kind).endsWith("APPEAL", "APPEAL_UPHELD");
        assertThat(measures.file(c.number())).filteredOn(e -> e.kind().equals("REAL_ESTATE_ARREST"))
                .allSatisfy(e -> assertThat(e.status()).isEqualTo("ACTIVE"));
        assertThat(fixtures.notices(debtor.id(), "enforcement-appeal-upheld"))
                .anyMatch(subject -> subject.contains(c.number()));
        assertThat(text(court.get(port, "/api/v1/enforcement/office/appeals", head, "en"))).doesNotContain(id);

        var again = decide(id, false, "Changed my mind.", head);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void aRejectedAppealKeepsTheMeasureAndGivesTheReasons() throws Exception {
        var debtor = court.debtor(port);
        var c = enforced(debtor);
        var arrest = entry(measures.file(c.number()), "REAL_ESTATE_ARREST");
        var filed = appeal(c.number(), Map.of("entry", arrest.toString(), "text",
                "This flat is my family's only home."), debtor.token());
        assertThat(filed.statusCode()).as(text(filed)).isEqualTo(201);
        var id = body(filed).get("id").asString();
        var duplicate = appeal(c.number(), Map.of("entry", arrest.toString(), "text",
                "Once more: my only home, please."), debtor.token());
        assertThat(duplicate.statusCode()).isEqualTo(409);

        // the head of the district department decides too; a head of another region may not
        var otherRegion = fixtures.token(port, "MBB.1703", "SUPERVISOR");
        assertThat(decide(id, true, "Not mine to decide.", otherRegion).statusCode()).isEqualTo(403);
        var officer = court.officer(port, YUNUSOBOD);
        assertThat(decide(id, true, "Officers do not decide.", officer.token()).statusCode()).isEqualTo(403);
        assertThat(court.get(port, "/api/v1/enforcement/office/appeals", officer.token(), "en").statusCode())
                .isEqualTo(403);
        var head = fixtures.token(port, YUNUSOBOD, "SUPERVISOR");
        var noChoice = decide(id, null, "Undecided.", head);
        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(field(noChoice)).isEqualTo("uphold");
        assertThat(decide("not-an-appeal", true, "No such appeal.", head).statusCode()).isEqualTo(404);
        assertThat(decide(java.util.UUID.randomUUID().toString(), true, "No such appeal.", head).statusCode())
                .isEqualTo(404);
        var noReasons = decide(id, false, " ", head);
        assertThat(noReasons.statusCode()).isEqualTo(400);
        assertThat(field(noReasons)).isEqualTo("answer");

        var rejected = decide(id, false, "The flat is not the only home: the debtor owns a second one.", head);
        assertThat(rejected.statusCode()).as(text(rejected)).isEqualTo(200);
        assertThat(body(rejected).get("answer").asString()).contains("second one");
        assertThat(measures.file(c.number())).filteredOn(e -> e.id().equals(arrest)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("ACTIVE"));
        assertThat(measures.file(c.number())).extracting(CaseEntry::kind).endsWith("APPEAL", "APPEAL_REJECTED");
        assertThat(fixtures.notices(debtor.id(), "enforcement-appeal-rejected"))
                .anyMatch(subject -> subject.contains(c.number()));
        var list = court.get(port, "/api/v1/enforcement/cases/" + c.number() + "/appeals", debtor.token(), "en");
        assertThat(body(list).get(0).get("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void anAutomatedDecisionCanBeContestedAndNobodyAppealsAnotherPersonsCase() throws Exception {
        var debtor = court.debtor(port);
        var c = enforced(debtor);
        var assignment = cases.decisions(c.writNumber()).getFirst();
        var stranger = court.debtor(port);

        var foreign = appeal(c.number(), Map.of("decision", assignment.id().toString(), "text",
                "Not my case, but I object."), stranger.token());
        assertThat(foreign.statusCode()).isEqualTo(404);
        var noTarget = appeal(c.number(), Map.of("text", "I object to everything here."), debtor.token());
        assertThat(noTarget.statusCode()).isEqualTo(400);
        assertThat(field(noTarget)).isEqualTo("entry");
        var both = appeal(c.number(), Map.of("decision", assignment.id().toString(), "entry",
                entry(measures.file(c.number()), "HOLD").toString(), "text", "Both of these are wrong."),
                debtor.token());
        assertThat(both.statusCode()).isEqualTo(400);
        var otherCase = enforced(stranger);
        var foreignEntry = appeal(c.number(), Map.of("entry", entry(measures.file(otherCase.number()), "HOLD")
                .toString(), "text", "An entry of another case."), debtor.token());
        assertThat(foreignEntry.statusCode()).isEqualTo(400);
        assertThat(field(foreignEntry)).isEqualTo("entry");
        var notAnId = appeal(c.number(), Map.of("entry", "not-a-uuid", "text", "Broken identifier here."),
                debtor.token());
        assertThat(notAnId.statusCode()).isEqualTo(400);
        var short_ = appeal(c.number(), Map.of("decision", assignment.id().toString(), "text", "No."),
                debtor.token());
        assertThat(short_.statusCode()).isEqualTo(400);
        assertThat(field(short_)).isEqualTo("text");
        var long_ = appeal(c.number(), Map.of("decision", assignment.id().toString(), "text", "x".repeat(4001)),
                debtor.token());
        assertThat(long_.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from enforcement.appeal where case_number = ?").param(c.number())
                .query(Long.class).single()).isZero();

        var filed = appeal(c.number(), Map.of("decision", assignment.id().toString(), "text",
                "The department of my registered address is wrong."), debtor.token());
        assertThat(filed.statusCode()).as(text(filed)).isEqualTo(201);
        assertThat(body(filed).get("decision").asString()).isEqualTo(assignment.id().toString());
    }

    @Test
    void theAppealPageFilesAnAppealWithErrorsBesideTheFieldAndOnlyForTheDebtorsOwnCase() throws Exception {
        var debtor = court.debtor(port);
        var c = enforced(debtor);
        var browser = new WebSession(port, "ru");
        browser.signIn(debtor.pinfl().value(), TestCitizens.PASSWORD);
        var path = "/cabinet/enforcement/cases/" + c.number() + "/appeal";

        var page = browser.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Жалоба по производству " + c.number(), "name=\"target\"",
                "Ограничен выезд за границу");
        var ban = entry(measures.file(c.number()), "TRAVEL_BAN");

        var tooShort = browser.post(path, form("target", "entry:" + ban, "text", "Нет."));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("id=\"text-error\"", "Напишите жалобу: от 10 до 4");
        var noTarget = browser.post(path, form("text", "Прошу снять запрет на выезд."));
        assertThat(noTarget.body()).contains("id=\"entry-error\"");

        var sent = browser.post(path, form("target", "entry:" + ban, "text", "Прошу снять запрет на выезд."));
        assertThat(sent.statusCode()).isEqualTo(302);
        var after = browser.follow(sent);
        assertThat(after.body()).contains("id=\"appeal-filed\"", "data-status=\"PENDING\"",
                "Прошу снять запрет на выезд.");

        var stranger = court.debtor(port);
        var other = new WebSession(port, "en");
        other.signIn(stranger.pinfl().value(), TestCitizens.PASSWORD);
        assertThat(other.get(path).statusCode()).isEqualTo(404);
        assertThat(other.post(path, form("target", "entry:" + ban, "text", "Not my case at all.")).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from enforcement.appeal where case_number = ?").param(c.number())
                .query(Long.class).single()).isEqualTo(1);
    }
}
