package uz.yagona.enforcement;

import static uz.yagona.identity.WebSession.form;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;
import uz.yagona.identity.WebSession;

import static org.awaitility.Awaitility.await;

/** People of the bureau and of its cases signed in over HTTP for the page tests; cases opened for them. */
@Component
class Desks {

    private final TestCitizens citizens;
    private final Persons persons;
    private final Court court;
    private final EnforcementCases cases;
    private final JdbcClient jdbc;

    Desks(TestCitizens citizens, Persons persons, Court court, EnforcementCases cases, JdbcClient jdbc) {
        this.citizens = citizens;
        this.persons = persons;
        this.court = court;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** Someone of the bureau signed in with password and TOTP: their session, person and appointment. */
    record Staff(WebSession session, PersonId person, java.util.UUID appointment, TestCitizens.Login login) {
    }

    Staff signedIn(int port, String language, String agency, String... roles) {
        var appointed = citizens.appointedTo(agency, roles);
        var login = appointed.login();
        var session = new WebSession(port, language);
        session.signIn(login.pinflValue(), login.password());
        session.follow(session.post("/login/totp", form("code", TotpCodes.code(login.totpSecret(), 0))));
        return new Staff(session, persons.findByPinfl(login.pinfl()).orElseThrow().id(), appointed.officer().id(),
                login);
    }

    /** A citizen signed in with a password alone. */
    WebSession citizen(int port, String language, String pinfl) {
        var session = new WebSession(port, language);
        session.signIn(pinfl, TestCitizens.PASSWORD);
        return session;
    }

    /** A case opened on a signed writ, waited for. */
    EnforcementCase open(int port, Map<String, Object> writ) throws Exception {
        var number = court.signedWrit(port, court.clerk(port), court.judge(port), writ);
        return await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(number), c -> c.isPresent())
                .orElseThrow();
    }

    void assign(String caseNumber, java.util.UUID appointment) {
        jdbc.sql("update enforcement.enforcement_case set officer = ? where number = ?").params(appointment,
                caseNumber).update();
    }

    /** As if the voluntary period had run out two days ago. */
    void pastVoluntaryPeriod(String caseNumber) {
        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = ?")
                .params(LocalDate.now().minusDays(2), caseNumber).update();
    }
}
