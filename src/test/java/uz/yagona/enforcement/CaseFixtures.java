package uz.yagona.enforcement;

import static org.awaitility.Awaitility.await;
import static uz.yagona.identity.WebSession.form;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.TotpCodes;
import uz.yagona.identity.WebSession;
import uz.yagona.notifications.Notice;
import uz.yagona.notifications.Notifications;

/** Cases in the states the robot, officers' actions and appeals tests start from. */
@Component
class CaseFixtures {

    static final String YUNUSOBOD = "MBB.1726.1726266";
    static final String CHILONZOR = "MBB.1726.1726294";

    private final Court court;
    private final EnforcementCases cases;
    private final JdbcClient jdbc;
    private final TestCitizens citizens;
    private final Officers officers;
    private final Agencies agencies;
    private final Notifications notifications;

    CaseFixtures(Court court, EnforcementCases cases, JdbcClient jdbc, TestCitizens citizens, Officers officers,
            Agencies agencies, Notifications notifications) {
        this.court = court;
        this.cases = cases;
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.officers = officers;
        this.agencies = agencies;
        this.notifications = notifications;
    }

    /** A case opened by a signed writ against the debtor for {@code amountTiyin}, past its voluntary period. */
    EnforcementCase due(int port, Court.Debtor debtor, long amountTiyin) throws Exception {
        return due(port, Court.moneyWrit(debtor.pinfl(), amountTiyin));
    }

    EnforcementCase due(int port, Map<String, Object> writ) throws Exception {
        var number = court.signedWrit(port, court.clerk(port), court.judge(port), writ);
        var opened = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(number), c -> c.isPresent())
                .orElseThrow();
        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = ?")
                .params(LocalDate.now().minusDays(2), opened.number()).update();
        return cases.find(opened.number()).orElseThrow();
    }

    /** The person behind the officer a case is assigned to. */
    PersonId officerPerson(EnforcementCase c) {
        var agency = agencies.findByCode(c.agency()).orElseThrow();
        return officers.at(agency.id(), "ENFORCEMENT_OFFICER").stream().filter(o -> o.id().equals(c.officer()))
                .findFirst().orElseThrow().person();
    }

    /** The subjects of a person's in-app notices of one template. */
    List<String> notices(PersonId person, String template) {
        return notifications.notices(person).stream().filter(n -> n.template().equals(template))
                .map(Notice::subject).toList();
    }

    /** A bearer token of someone appointed to {@code agency} with {@code role}. */
    String token(int port, String agency, String role) throws Exception {
        var appointed = citizens.appointedTo(agency, role);
        var login = appointed.login();
        return TokenFlows.accessToken(port, court.clients(), login.pinflValue(), login.password(),
                login.totpSecret());
    }

    /** An officer of the department signed in to the portal (password and TOTP). */
    WebSession officerSession(int port, String agency) {
        var login = citizens.appointedTo(agency, "ENFORCEMENT_OFFICER").login();
        var session = new WebSession(port, "en");
        session.signIn(login.pinflValue(), login.password());
        session.follow(session.post("/login/totp", form("code", TotpCodes.code(login.totpSecret(), 0))));
        return session;
    }

    /** The id of the first entry of the case file of this kind. */
    static UUID entry(List<CaseEntry> file, String kind) {
        return file.stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow().id();
    }
}
