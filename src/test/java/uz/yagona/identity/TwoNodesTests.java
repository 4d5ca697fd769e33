package uz.yagona.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.YagonaApplication;

/** Sessions live in the database: a user signed in on one node is signed in on another node of the same database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TwoNodesTests {

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource database;

    @Autowired
    TestCitizens citizens;

    @Test
    void aSessionStartedOnOneNodeIsServedByAnother() throws Exception {
        var pinfl = citizens.withAccount().value();
        var nodeA = new WebSession(port);
        assertThat(nodeA.signIn(pinfl, TestCitizens.PASSWORD).body()).contains("Testova Nigora");

        try (var nodeB = new SpringApplicationBuilder(YagonaApplication.class)
                .properties("spring.datasource.url=" + database.getJdbcUrl(),
                        "spring.datasource.username=" + database.getUsername(), "spring.datasource.password=",
                        "server.port=0", "yagona.demo.enabled=false", "spring.main.banner-mode=off")
                .run()) {
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            var cookies = new CookieManager();
            var session = nodeA.cookie("SESSION");
            var copied = new HttpCookie("SESSION", session);
            copied.setPath("/");
            copied.setVersion(0);
            cookies.getCookieStore().add(URI.create("http://localhost:" + portB), copied);
            var http = HttpClient.newBuilder().cookieHandler(cookies).build();
            var cabinet = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portB + "/cabinet"))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(cabinet.statusCode()).isEqualTo(200);
            assertThat(cabinet.body()).contains("Testova Nigora");
        }
    }
}
