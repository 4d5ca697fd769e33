package uz.yagona.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.identity.WebSession.form;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.TotpCodes;
import uz.yagona.identity.WebSession;

/** The demo's civil registry officer works the Ministry of Justice's queue from the first start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoOfficerTests {

    @LocalServerPort
    int port;

    @Test
    void theCivilRegistryOfficerSignsInWithTotpAndSeesTheMinistryOfJusticeQueue() {
        var officer = new WebSession(port, "en");
        officer.signIn(DemoLogins.REGISTRY_OFFICER.value(), DemoLogins.PASSWORD);
        officer.follow(officer.post("/login/totp",
                form("code", TotpCodes.code(DemoLogins.REGISTRY_OFFICER_TOTP_SECRET, 0))));

        var queue = officer.get("/office/queue");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Birth certificate");
    }
}
