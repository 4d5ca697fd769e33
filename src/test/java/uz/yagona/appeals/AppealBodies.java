package uz.yagona.appeals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Agency;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;
import uz.yagona.identity.WebSession;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;

/**
 * Fresh responsible bodies for the officials' page tests, each a ministry of its own code with a Yunusobod office,
 * an officer there with a kept signing key, its head, and appeals routed to it; and sessions signed in with TOTP.
 */
@Component
class AppealBodies {

    static final String PIN = "580417";
    private static final AtomicInteger BODIES = new AtomicInteger();

    private final Agencies agencies;
    private final TestCitizens citizens;
    private final Signatures signatures;
    private final Appeals appeals;
    private final Processing processing;
    private final Persons persons;
    private final JdbcClient jdbc;

    AppealBodies(Agencies agencies, TestCitizens citizens, Signatures signatures, Appeals appeals,
            Processing processing, Persons persons, JdbcClient jdbc) {
        this.agencies = agencies;
        this.citizens = citizens;
        this.signatures = signatures;
        this.appeals = appeals;
        this.processing = processing;
        this.persons = persons;
        this.jdbc = jdbc;
    }

    /** A body with its office: the officer (with a key under {@link #PIN}) and the head work at the office. */
    record Body(String ministry, String office, TestCitizens.Login officer, String keySerial,
            TestCitizens.Login head) {
    }

    Body body() {
        var code = "AO" + letters(BODIES.incrementAndGet());
        var ministry = agencies.create(code, null, Agency.Level.MINISTRY,
                LocalizedText.transliterated("Sinov vazirligi", "Тестовое министерство", "Test ministry"), null);
        var office = code + ".1726266";
        agencies.create(office, ministry, Agency.Level.DISTRICT,
                LocalizedText.transliterated("Sinov boʻlimi", "Тестовый отдел", "Test office"), "1726266");
        var officer = citizens.appointedTo(office, Processing.OFFICER);
        var serial = signatures.enrol(officer.login().pinfl(), PIN, "OFFICIAL:" + officer.officer().id()).serial();
        var head = citizens.appointedTo(office, Processing.HEAD);
        return new Body(code, office, officer.login(), serial, head.login());
    }

    /** A citizen's appeal without a topic, as the model routed it or left it to a dispatcher. */
    Appeal filed(Pinfl applicant, String text, NewAppeal.Upload... files) {
        var person = persons.findByPinfl(applicant).orElseThrow();
        return appeals.submit(new NewAppeal(AppealKind.APPLICATION, text, Channel.PORTAL, Locale.forLanguageTag("uz"),
                null, "1726266", null, null, null, null, null, List.of(files), null), Applicant.person(person.id(),
                person.pinfl(), person.latin().full()));
    }

    /** A citizen's appeal routed by a dispatcher to the body's office on {@code topic}. */
    Appeal routedTo(Body body, Pinfl applicant, String topic, String text, NewAppeal.Upload... files) {
        var number = filed(applicant, text, files).number();
        var dispatcher = persons.findByPinfl(citizens.appointedTo("PVR", Processing.DISPATCHER).login().pinfl())
                .orElseThrow();
        return processing.route(new Processing.Official(dispatcher.id(), dispatcher.pinfl(), "Dispetcher",
                Set.of("PVR"), Set.of(Processing.DISPATCHER)), number, topic, body.office());
    }

    /** As if the appeal's term had ended {@code days} days ago. */
    void overdue(String number, int days) {
        var due = processing.today().minusDays(days);
        jdbc.sql("update appeals.appeal set last_day = ?, due = ? where number = ?").params(due, due, number).update();
    }

    /** As the model leaves an appeal it is unsure of: for a dispatcher, without topic or body. */
    void awaitingDispatch(String number) {
        jdbc.sql("update appeals.appeal set status = 'AWAITING_DISPATCH', topic = null, agency = null "
                + "where number = ?").param(number).update();
    }

    /** A session signed in with the password and the TOTP code of the login. */
    static WebSession signedIn(int port, String language, TestCitizens.Login login) {
        var session = new WebSession(port, language);
        session.signIn(login.pinflValue(), login.password());
        session.follow(session.post("/login/totp", WebSession.form("code", TotpCodes.code(login.totpSecret(), 0))));
        return session;
    }

    private static String letters(int n) {
        var out = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            out.append((char) ('A' + n % 26));
            n /= 26;
        }
        return out.toString();
    }
}
