package uz.yagona.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.identity.WebSession.form;

import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.demo.DemoLogins;

/** Sign-in over real HTTP: passwords, lockout, TOTP for citizens who chose it and for officers who must. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInTests {

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void citizenWithoutSecondFactorReachesTheCabinetWithPasswordAlone() {
        var session = new WebSession(port);
        var page = session.signIn(DemoLogins.CITIZEN.value(), DemoLogins.PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Karimov Aziz").contains("301234567").contains("Director");
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        var session = new WebSession(port);
        var page = session.signIn(DemoLogins.CITIZEN.value(), "not-the-password");
        assertThat(page.body()).contains("Wrong PINFL or password.");
        assertThat(session.get("/cabinet").statusCode()).isEqualTo(302);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        var pinfl = citizens.withAccount().value();
        var session = new WebSession(port, "ru");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(session.signIn(pinfl, "wrong-password-" + attempt).body()).contains("Неверный ПИНФЛ или пароль");
        }
        var locked = session.signIn(pinfl, TestCitizens.PASSWORD);
        assertThat(locked.body()).contains("учётная запись временно заблокирована");
        assertThat(session.get("/cabinet").statusCode()).isEqualTo(302);
        assertThat(lockedUntil(pinfl)).isAfter(Instant.now().plusSeconds(14 * 60));
    }

    @Test
    void fewerFailuresThanTheLimitAreForgottenAfterASuccessfulLogin() {
        var pinfl = citizens.withAccount().value();
        var session = new WebSession(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            session.signIn(pinfl, "wrong-password");
        }
        assertThat(session.signIn(pinfl, TestCitizens.PASSWORD).body()).contains("Testova Nigora");
        assertThat(jdbc.sql("select failed_attempts from identity.account a join identity.person p on p.id = a.person_id where p.pinfl = ?")
                .param(pinfl).query(Integer.class).single()).isZero();
    }

    @Test
    void theDocumentedDemoCitizenWithTotpMustGiveTheCodeBeforeTheCabinetOpens() throws Exception {
        var session = new WebSession(port);
        var page = session.signIn(DemoLogins.CITIZEN_WITH_TOTP.value(), DemoLogins.PASSWORD);
        assertThat(page.body()).contains("Enter the six-digit code");
        assertThat(session.follow(session.get("/cabinet")).body()).contains("Enter the six-digit code");

        var wrong = session.post("/login/totp", form("code", TotpCodes.wrong(DemoLogins.CITIZEN_TOTP_SECRET)));
        assertThat(wrong.body()).contains("The code is wrong or has expired.");

        var right = session.follow(session.post("/login/totp", form("code", TotpCodes.code(DemoLogins.CITIZEN_TOTP_SECRET, 0))));
        assertThat(right.body()).contains("Rahimova Dilnoza");
    }

    @Test
    void aTotpCodeIsNotAcceptedTwice() throws Exception {
        var officer = citizens.officer();
        var first = new WebSession(port);
        first.signIn(officer.pinflValue(), officer.password());
        var code = TotpCodes.code(officer.totpSecret(), 0);
        assertThat(first.follow(first.post("/login/totp", form("code", code))).body()).contains("Testova Nigora");

        var second = new WebSession(port);
        second.signIn(officer.pinflValue(), officer.password());
        assertThat(second.post("/login/totp", form("code", code)).body()).contains("The code is wrong or has expired.");
    }

    @Test
    void officerWithoutTotpEnrolsOnFirstSignInAndThenNeedsTheCode() throws Exception {
        var session = new WebSession(port);
        var page = session.signIn(DemoLogins.NEW_OFFICER.value(), DemoLogins.PASSWORD);
        var secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(page.body());
        assertThat(secret.find()).as("the enrolment page shows the secret").isTrue();
        assertThat(page.body()).contains("data:image/png;base64,");

        var cabinet = session.follow(session.post("/login/totp", form("code", TotpCodes.code(secret.group(1), 0))));
        assertThat(cabinet.body()).contains("Nazarov Sardor").contains("Two-step sign-in (TOTP) is on.");

        var again = new WebSession(port);
        assertThat(again.signIn(DemoLogins.NEW_OFFICER.value(), DemoLogins.PASSWORD).body())
                .contains("Enter the six-digit code").doesNotContain("totp-secret");
    }

    @Test
    void wrongTotpCodesCountTowardsTheLockout() throws Exception {
        var pinfl = citizens.withAccount().value();
        var session = new WebSession(port);
        session.signIn(pinfl, TestCitizens.PASSWORD);
        session.get("/cabinet/totp");
        // turning TOTP on from the cabinet needs a code from the new secret
        var enrol = session.get("/cabinet/totp");
        var secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(enrol.body());
        assertThat(secret.find()).isTrue();
        assertThat(session.follow(session.post("/cabinet/totp", form("code", TotpCodes.code(secret.group(1), 0)))).body())
                .contains("Two-step sign-in is now on.");

        var attacker = new WebSession(port);
        attacker.signIn(pinfl, TestCitizens.PASSWORD);
        String last = "";
        for (int attempt = 0; attempt < 5; attempt++) {
            last = attacker.follow(attacker.post("/login/totp", form("code", "12345" + attempt))).body();
        }
        assertThat(last).contains("Too many failed attempts");
        assertThat(lockedUntil(pinfl)).isAfter(Instant.now());
    }

    @Test
    void signingOutOtherSessionsEndsThem() {
        var pinfl = citizens.withAccount().value();
        var phone = new WebSession(port);
        var laptop = new WebSession(port);
        phone.signIn(pinfl, TestCitizens.PASSWORD);
        var cabinet = laptop.signIn(pinfl, TestCitizens.PASSWORD);
        assertThat(cabinet.body()).contains("This session").contains("Sign out all other sessions");

        laptop.post("/cabinet/sessions/sign-out-others", form());
        assertThat(phone.get("/cabinet").statusCode()).isEqualTo(302);
        assertThat(laptop.get("/cabinet").statusCode()).isEqualTo(200);
    }

    @Test
    void signOutEndsTheSession() {
        var session = new WebSession(port);
        session.signIn(DemoLogins.CITIZEN.value(), DemoLogins.PASSWORD);
        assertThat(session.follow(session.post("/logout", form())).body()).contains("You have signed out.");
        assertThat(session.get("/cabinet").statusCode()).isEqualTo(302);
    }

    private Instant lockedUntil(String pinfl) {
        return jdbc.sql("select a.locked_until from identity.account a join identity.person p on p.id = a.person_id where p.pinfl = ?")
                .param(pinfl).query(java.sql.Timestamp.class).single().toInstant();
    }

}
