package uz.yagona.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.WebSession;
import uz.yagona.shared.Pinfl;

/** The cabinet's notices page over real HTTP: the person's own notices, in the page's language, marked read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticesPageTests {

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Persons persons;

    @Autowired
    Notifications notifications;

    @Test
    void aPersonReadsTheirNoticeInTheCabinetAndMarksItRead() {
        var pinfl = citizens.withAccount();
        var person = id(pinfl);
        notifications.notify(person, Locale.ENGLISH, "documentIssued", List.of("Nigora", "Birth certificate"),
                Set.of(Channel.IN_APP));
        var browser = new WebSession(port, "en");
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);

        assertThat(browser.get("/cabinet").body()).contains("href=\"/cabinet/notices\"");
        var page = browser.get("/cabinet/notices");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Notifications", "Your document is ready",
                "Dear Nigora, the document “Birth certificate” has been signed", "Unread", "Mark as read");

        var notice = notifications.notices(person).getFirst().id().value();
        var after = browser.follow(browser.post("/cabinet/notices/" + notice + "/read", Map.of()));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Your document is ready").doesNotContain("Mark as read");
        assertThat(notifications.unread(person)).isZero();
    }

    @Test
    void nobodyMarksAnotherPersonsNoticeRead() {
        var owner = id(citizens.withAccount());
        notifications.notify(owner, Locale.ENGLISH, "documentIssued", List.of("Nigora", "Licence"),
                Set.of(Channel.IN_APP));
        var notice = notifications.notices(owner).getFirst().id().value();
        var intruder = citizens.withAccount();
        var browser = new WebSession(port, "en");
        browser.signIn(intruder.value(), TestCitizens.PASSWORD);
        browser.get("/cabinet/notices");

        assertThat(browser.post("/cabinet/notices/" + notice + "/read", Map.of()).statusCode()).isEqualTo(404);
        assertThat(notifications.unread(owner)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"uz-Latn, Bildirishnomalar, Hozircha bildirishnomalar yoʻq.",
        "uz-Cyrl, Билдиришномалар, Ҳозирча билдиришномалар йўқ.",
        "ru, Уведомления, Уведомлений пока нет.",
        "en, Notifications, No notifications yet."})
    void thePageSpeaksEveryLanguage(String language, String title, String none) {
        var pinfl = citizens.withAccount();
        var browser = new WebSession(port, language);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        assertThat(browser.get("/cabinet/notices").body()).contains(title, none);
    }

    private PersonId id(Pinfl pinfl) {
        return persons.findByPinfl(pinfl).orElseThrow().id();
    }
}
