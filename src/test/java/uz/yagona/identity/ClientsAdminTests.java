package uz.yagona.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.identity.WebSession.form;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.ActiveProfiles;

/** Administrators register relying parties on a page; nobody else can, and bad registrations are explained. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClientsAdminTests {

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    RegisteredClientRepository registered;

    @Test
    void anAdministratorRegistersAWebClientAndSeesItsSecretOnce() {
        var admin = signedInAdministrator();
        admin.get("/admin/clients");
        var page = admin.post("/admin/clients", form("name", "Soliq portali", "kind", "WEB",
                "redirectUris", "https://soliq.example.uz/callback\nhttp://127.0.0.1:8081/cb", "scopes", "openid profile"));
        var id = Pattern.compile("id=\"issued-client-id\">([^<]+)<").matcher(page.body());
        assertThat(id.find()).isTrue();
        assertThat(page.body()).contains("issued-client-secret");
        var client = registered.findByClientId(id.group(1));
        assertThat(client).isNotNull();
        assertThat(client.getRedirectUris()).containsExactlyInAnyOrder("https://soliq.example.uz/callback",
                "http://127.0.0.1:8081/cb");
        assertThat(client.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(admin.get("/admin/clients").body()).contains("Soliq portali").doesNotContain("issued-client-secret");
    }

    @Test
    void aPlainHttpRedirectOutsideTheLoopbackIsRefusedWithTheReason() {
        var admin = signedInAdministrator();
        admin.get("/admin/clients");
        var page = admin.post("/admin/clients", form("name", "Insecure", "kind", "WEB",
                "redirectUris", "http://evil.example.com/cb"));
        assertThat(page.body()).contains("A redirect URI must be https").doesNotContain("issued-client-id");
    }

    @Test
    void aCitizenCannotReachTheClientRegistry() {
        var citizen = new WebSession(port);
        citizen.signIn(citizens.withAccount().value(), TestCitizens.PASSWORD);
        assertThat(citizen.get("/admin/clients").statusCode()).isEqualTo(403);
    }

    private WebSession signedInAdministrator() {
        var login = citizens.administrator();
        var session = new WebSession(port);
        session.signIn(login.pinflValue(), login.password());
        session.follow(session.post("/login/totp", form("code", TotpCodes.code(login.totpSecret(), 0))));
        return session;
    }
}
