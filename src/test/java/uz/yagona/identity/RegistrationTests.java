package uz.yagona.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.demo.DemoLogins;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/** Citizens register through the form; every broken rule is named beside its field and nothing is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Persons persons;

    @Test
    void aCitizenRegistersInCyrillicAndSignsIn() {
        var pinfl = TestCitizens.freshPinfl(Sex.MALE);
        var session = new WebSession(port);
        session.get("/register");
        var done = session.post("/register", valid(pinfl, Map.of("lastName", "Қодиров", "firstName", "Ғайрат",
                "patronymic", "Шавкат ўғли")));
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/login?registered");

        var person = persons.findByPinfl(pinfl).orElseThrow();
        assertThat(person.cyrillic().full()).isEqualTo("Қодиров Ғайрат Шавкат ўғли");
        assertThat(person.latin().last()).isEqualTo("Qodirov");
        assertThat(person.latin().first()).startsWith("G").endsWith("ayrat");
        assertThat(session.signIn(pinfl.value(), "a-long-enough-secret").body()).contains("Qodirov");
    }

    @ParameterizedTest(name = "{0}: {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            pinfl | 3140590026001   | en    | A PINFL has exactly 14 digits
            pinfl | 31405900260014  | en    | check digit
            pinfl | 31405900260014  | ru    | контрольн
            pinfl | 93105900260013  | en    | first digit
            pinfl | 33102900260014  | uz    | JShShIR
            pinfl | 31405900000013  | uz-Cyrl | ЖШШИР
            """)
    void aBrokenPinflIsNamedBesideTheFieldInTheUsersLanguage(String field, String value, String language,
            String expected) {
        var session = new WebSession(port, language);
        session.get("/register");
        long before = persons.count();
        var page = session.post("/register", valid(TestCitizens.freshPinfl(Sex.MALE), Map.of(field, value)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(errorOf(page.body(), field)).containsIgnoringCase(expected);
        assertThat(persons.count()).isEqualTo(before);
    }

    @Test
    void birthDateAndSexMustAgreeWithThePinfl() {
        var pinfl = TestCitizens.freshPinfl(Sex.MALE);
        var session = new WebSession(port);
        session.get("/register");
        var page = session.post("/register", valid(pinfl, Map.of("birthDate", "2001-01-01", "sex", "FEMALE")));
        assertThat(errorOf(page.body(), "birthDate")).contains("differs from the one in the PINFL");
        assertThat(errorOf(page.body(), "sex")).contains("differs from the one in the PINFL");
        assertThat(persons.findByPinfl(pinfl)).isEmpty();
    }

    @Test
    void weakOrMismatchedPasswordsAndBadContactsAreRefused() {
        var pinfl = TestCitizens.freshPinfl(Sex.MALE);
        var session = new WebSession(port, "ru");
        session.get("/register");
        var page = session.post("/register", valid(pinfl, Map.of("password", "123456789012",
                "passwordConfirmation", "something-else", "phone", "12345", "email", "not-an-email",
                "lastName", "Karimov1")));
        assertThat(errorOf(page.body(), "password")).contains("только из цифр");
        assertThat(errorOf(page.body(), "passwordConfirmation")).contains("не совпадают");
        assertThat(errorOf(page.body(), "phone")).contains("+998");
        assertThat(errorOf(page.body(), "email")).contains("электронной почты");
        assertThat(errorOf(page.body(), "lastName")).contains("только буквы");
        assertThat(persons.findByPinfl(pinfl)).isEmpty();
    }

    @Test
    void aSecondAccountForTheSamePinflIsRefused() {
        var session = new WebSession(port);
        session.get("/register");
        var page = session.post("/register", valid(DemoLogins.CITIZEN, Map.of("lastName", "Karimov",
                "firstName", "Aziz")));
        assertThat(errorOf(page.body(), "pinfl")).contains("already exists");
    }

    @Test
    void emptyFormNamesEveryRequiredField() {
        var session = new WebSession(port, "uz");
        session.get("/register");
        var page = session.post("/register", Map.of());
        for (var field : new String[] {"pinfl", "lastName", "firstName", "password"}) {
            assertThat(errorOf(page.body(), field)).as(field).contains("boʻsh boʻlmasligi kerak");
        }
        assertThat(errorOf(page.body(), "birthDate")).isEqualTo("Majburiy maydon.");
        assertThat(errorOf(page.body(), "sex")).isEqualTo("Majburiy maydon.");
    }

    private static Map<String, String> valid(Pinfl pinfl, Map<String, String> overrides) {
        var form = WebSession.form("pinfl", pinfl.value(), "lastName", "Sobirov", "firstName", "Bekzod",
                "patronymic", "", "birthDate", pinfl.birthDate().toString(), "sex", pinfl.sex().name(),
                "phone", "+998 90 123 45 67", "email", "", "password", "a-long-enough-secret",
                "passwordConfirmation", "a-long-enough-secret");
        form.putAll(overrides);
        if (overrides.containsKey("password") && !overrides.containsKey("passwordConfirmation")) {
            form.put("passwordConfirmation", overrides.get("password"));
        }
        return form;
    }

    /** The error text shown beside a field, or "" when the field has none. */
    private static String errorOf(String page, String field) {
        var matcher = java.util.regex.Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(page);
        return matcher.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)) : "";
    }
}
