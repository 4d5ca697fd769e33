package uz.yagona.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.enforcement.CaseStatus;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.Writs;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.TotpCodes;
import uz.yagona.identity.WebSession;
import uz.yagona.identity.internal.Clients;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;

/**
 * The documented demo logins work as the README says: the judge and the clerk of the demo court sign in with
 * TOTP, the clerk drafts a writ and the judge signs it with the kept key and the documented PIN; the demo writs
 * against the citizen are genuine and opened cases; the citizen's chief accountant represents his company; the
 * appeals officer, head and dispatcher sign in with TOTP and find the demo appeals, and the officer signs an
 * answer with the kept key and the documented PIN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoLoginsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Clients clients;

    @Autowired
    Signatures signatures;

    @Autowired
    EnforcementCases cases;

    @Autowired
    Writs writs;

    @Autowired
    Persons persons;

    @Autowired
    LegalEntities entities;

    @Autowired
    TestCitizens citizens;

    @Test
    void theReadmeListsEveryDemoLoginWithItsSecret() throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(DemoLogins.PASSWORD)
                .contains("`" + DemoLogins.CITIZEN.value() + "`")
                .contains("`" + DemoLogins.CITIZEN_WITH_TOTP.value() + "`")
                .contains("`" + DemoLogins.OFFICER.value() + "`")
                .contains("`" + DemoLogins.ADMIN.value() + "`")
                .contains("`" + DemoLogins.NEW_OFFICER.value() + "`")
                .contains("`" + DemoLogins.REGISTRY_OFFICER.value() + "`", DemoLogins.REGISTRY_OFFICER_TOTP_SECRET)
                .contains(DemoLogins.CITIZEN_TOTP_SECRET, DemoLogins.OFFICER_TOTP_SECRET, DemoLogins.ADMIN_TOTP_SECRET)
                .contains("`" + DemoLogins.JUDGE.value() + "`", DemoLogins.JUDGE_TOTP_SECRET,
                        "PIN `" + DemoLogins.JUDGE_PIN + "`", DemoLogins.COURT)
                .contains("`" + DemoLogins.CLERK.value() + "`", DemoLogins.CLERK_TOTP_SECRET)
                .contains("`" + DemoLogins.APPEALS_OFFICER.value() + "`", DemoLogins.APPEALS_OFFICER_TOTP_SECRET,
                        "PIN `" + DemoLogins.APPEALS_OFFICER_PIN + "`", DemoLogins.APPEALS_BODY)
                .contains("`" + DemoLogins.APPEALS_HEAD.value() + "`", DemoLogins.APPEALS_HEAD_TOTP_SECRET)
                .contains("`" + DemoLogins.APPEALS_DISPATCHER.value() + "`",
                        DemoLogins.APPEALS_DISPATCHER_TOTP_SECRET);
    }

    @Test
    void theAppealsOfficialsSignInWithTotpFindTheDemoAppealsAndTheOfficerSignsAnAnswerWithTheDocumentedPin() {
        var officer = signedIn(DemoLogins.APPEALS_OFFICER, DemoLogins.APPEALS_OFFICER_TOTP_SECRET);
        var queue = officer.get("/office/appeals");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(DemoLogins.APPEALS_BODY, "row-MUR-");
        var numbers = Pattern.compile("id=\"row-(MUR-[0-9]{4}-[0-9]{7})\"").matcher(queue.body())
                .results().map(match -> match.group(1)).toList();
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(2);
        var first = numbers.getFirst();
        var key = signatures.keys(DemoLogins.APPEALS_OFFICER).getFirst().serial();
        officer.get("/office/appeals/" + first);
        var answered = officer.post("/office/appeals/" + first + "/answer", WebSession.form("answer",
                "Lift taʼmirlandi, 26-noyabrdan ishlamoqda.", "keySerial", key, "pin",
                DemoLogins.APPEALS_OFFICER_PIN));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);
        assertThat(officer.follow(answered).body()).contains("id=\"answer-text\"");

        var head = signedIn(DemoLogins.APPEALS_HEAD, DemoLogins.APPEALS_HEAD_TOTP_SECRET);
        assertThat(head.get("/office/appeals/" + numbers.get(1)).body()).contains("id=\"extension-form\"");
        var dispatcher = signedIn(DemoLogins.APPEALS_DISPATCHER, DemoLogins.APPEALS_DISPATCHER_TOTP_SECRET);
        assertThat(dispatcher.get("/office/appeals/dispatch").statusCode()).isEqualTo(200);
        assertThat(dispatcher.get("/cabinet").body()).contains("id=\"appeals-dispatch-link\"");
    }

    /** Signs in through the login page with the password and the TOTP code (each login once in this class). */
    private WebSession signedIn(Pinfl pinfl, String totpSecret) {
        var session = new WebSession(port, "en");
        session.signIn(pinfl.value(), DemoLogins.PASSWORD);
        session.follow(session.post("/login/totp", WebSession.form("code", TotpCodes.code(totpSecret, 0))));
        return session;
    }

    @Test
    void theGeneratedPopulationIsTheSameForTheSameSeedAndHasValidDistinctPinfls() {
        var first = DemoPopulation.identities(new PopulationGenerator(TestDistricts.SOME, 1_000, 7).chunk(0), 500);
        var second = DemoPopulation.identities(new PopulationGenerator(TestDistricts.SOME, 1_000, 7).chunk(0), 500);
        assertThat(first).isEqualTo(second);
        assertThat(first.stream().map(person -> person.pinfl().value()).distinct().count()).isGreaterThan(490);
        assertThat(first).allSatisfy(person -> {
            assertThat(person.cyrillic().last()).doesNotContainPattern("[A-Za-z]");
            assertThat(person.birthDate()).isEqualTo(person.pinfl().birthDate());
        });
    }

    @Test
    void theJudgeAndTheClerkSignInWithTotpAndIssueAWritWithTheKeptKeyAndTheDocumentedPin() throws Exception {
        // each sign-in goes through the login page with the password and the TOTP code (a code is used once, so
        // the token flow is the only sign-in of each here)
        var clerk = TokenFlows.accessToken(port, clients, DemoLogins.CLERK.value(), DemoLogins.PASSWORD,
                DemoLogins.CLERK_TOTP_SECRET);
        var debtor = citizens.withAccount();
        var drafted = post("/api/v1/enforcement/writs", Map.of("decisionNumber", "2-77/2026", "decisionDate",
                LocalDate.now().minusDays(3).toString(), "creditor", Map.of("stir", "202718305", "name",
                        "\"Toshshahar issiqlik manbai\" AJ"), "debtor", Map.of("pinfl", debtor.value(), "name",
                        "Demo Qarzdor"), "claimType", "MONEY_RECOVERY", "amount", Map.of("tiyin", 1_000_000_00L)),
                clerk);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        var number = JSON.readTree(drafted.body()).get("number").asString();
        assertThat(JSON.readTree(drafted.body()).get("court").asString()).isEqualTo(DemoLogins.COURT);

        var judge = TokenFlows.accessToken(port, clients, DemoLogins.JUDGE.value(), DemoLogins.PASSWORD,
                DemoLogins.JUDGE_TOTP_SECRET);
        var key = signatures.keys(DemoLogins.JUDGE).getFirst().serial();
        var signed = post("/api/v1/enforcement/writs/" + number + "/signature", Map.of("keySerial", key, "pin",
                DemoLogins.JUDGE_PIN), judge);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(writs.verify(number).genuine()).isTrue();
    }

    @Test
    void theDemoCitizenHasCasesFromGenuineWritsAndHisAccountantRepresentsTheCompany() {
        // a case whose writ the ledger had not logged yet opens when the retry job delivers the event again (each
        // minute, for events older than a minute)
        var opened = await().atMost(Duration.ofMinutes(3)).until(() -> cases.ofDebtor(DemoLogins.CITIZEN),
                list -> list.size() >= 3);
        assertThat(opened).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(c.agency()).isEqualTo("MBB.1726.1726266");
            assertThat(writs.verify(c.writNumber()).genuine()).isTrue();
            assertThat(writs.find(c.writNumber()).orElseThrow().court()).isEqualTo(DemoLogins.COURT);
        });
        var accountant = persons.findByPinfl(DemoLogins.CITIZEN_WITH_TOTP).orElseThrow().id();
        assertThat(entities.representedBy(accountant)).extracting(r -> r.entity().stir())
                .contains(DemoLoginRecords.BAKERY);
    }

    private HttpResponse<String> post(String path, Object body, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
