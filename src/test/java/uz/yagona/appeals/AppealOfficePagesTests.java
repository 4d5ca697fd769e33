package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.identity.WebSession.form;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.WebSession;

/**
 * The officials' appeal pages over HTTP: another body's official and a citizen see nothing of an appeal; bad
 * input stands beside its field and changes nothing; a step the state does not allow says so and changes nothing;
 * the head extends the term once; the officer reads an attachment, answers in the interim and forwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AppealOfficePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AppealBodies bodies;

    @Autowired
    TestCitizens citizens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherBodysOfficialGetsNotFoundAndACitizenNothingAtAll() {
        var body = bodies.body();
        var applicant = citizens.withAccount();
        var appeal = bodies.routedTo(body, applicant, "water", "Koʻchamizda uch kundan beri ichimlik suvi yoʻq, "
                + "suv quvuri yorilgan, hech kim kelmayapti.");
        var other = bodies.body();
        var foreign = AppealBodies.signedIn(port, "en", other.officer());

        assertThat(foreign.get("/office/appeals").statusCode()).isEqualTo(200);
        assertThat(foreign.get("/office/appeals").body()).doesNotContain(appeal.number());
        assertThat(foreign.get("/office/appeals/" + appeal.number()).statusCode()).isEqualTo(404);
        assertThat(foreign.post("/office/appeals/" + appeal.number() + "/interim-answer",
                form("interim", "Koʻrib chiqilmoqda")).statusCode()).isEqualTo(404);
        assertThat(foreign.get("/office/appeals/" + appeal.number() + "/attachments/1").statusCode()).isEqualTo(404);
        assertThat(foreign.get("/office/appeals/MUR-2026-9999999").statusCode()).isEqualTo(404);

        var citizen = new WebSession(port, "en");
        citizen.signIn(applicant.value(), TestCitizens.PASSWORD);
        assertThat(citizen.get("/office/appeals").statusCode()).isEqualTo(403);
        assertThat(citizen.get("/office/appeals/" + appeal.number()).statusCode()).isEqualTo(404);
        assertThat(citizen.get("/office/appeals/dispatch").statusCode()).isEqualTo(403);
        assertThat(citizen.post("/office/appeals/dispatch/" + appeal.number(),
                form("topic", "gas", "agency", other.office())).statusCode()).isEqualTo(403);

        assertThat(steps(appeal.number(), "INTERIM_ANSWER")).isZero();
        assertThat(jdbc.sql("select agency from appeals.appeal where number = ?").param(appeal.number())
                .query(String.class).single()).isEqualTo(body.office());
        assertThat(jdbc.sql("select count(*) from appeals.correction where number = ?").param(appeal.number())
                .query(Long.class).single()).isOne();
    }

    @Test
    void badInputStandsBesideItsFieldInTheOfficialsLanguageAndChangesNothing() {
        var body = bodies.body();
        var appeal = bodies.routedTo(body, citizens.withAccount(), "roads-transport", "Uyimiz oldidagi yoʻlda katta "
                + "chuqur bor, kecha bir mashina gʻildiragi sindi, chuqurni koʻmishingizni soʻrayman.");
        var officer = AppealBodies.signedIn(port, "ru", body.officer());
        var path = "/office/appeals/" + appeal.number();

        var nowhere = officer.post(path + "/forward", form("agency", "NOWHERE.1", "forward-reason", "Не наше"));
        assertThat(nowhere.statusCode()).isEqualTo(200);
        assertThat(nowhere.body()).contains("id=\"agency-error\"", "Нет органа с таким кодом", "Не наше");
        // the language switch of the page with the error leads back to the appeal
        assertThat(officer.get(path + "/forward?lang=ru").headers().firstValue("Location").orElseThrow())
                .endsWith(path + "?lang=ru");
        var blank = officer.post(path + "/interim-answer", form("interim", "   "));
        assertThat(blank.body()).contains("id=\"interim-error\"", "Заполните это поле");
        var wrongPin = officer.post(path + "/answer", form("answer", "Чуқур кўмилди.", "keySerial",
                body.keySerial(), "pin", "864209"));
        assertThat(wrongPin.statusCode()).isEqualTo(200);
        assertThat(wrongPin.body()).contains("id=\"pin-error\"", "Чуқур кўмилди.").doesNotContain("864209");
        var noKey = officer.post(path + "/answer", form("answer", "Чуқур кўмилди.", "pin", AppealBodies.PIN));
        assertThat(noKey.body()).contains("id=\"keySerial-error\"");
        // an officer who is not the head may not extend: refused, not shown as a form error
        assertThat(officer.post(path + "/extension", form("until", "2099-01-01", "extension-reason", "Нужно"))
                .statusCode()).isEqualTo(403);

        var head = AppealBodies.signedIn(port, "en", body.head());
        var notADate = head.post(path + "/extension", form("until", "next week", "extension-reason", "Survey"));
        assertThat(notADate.statusCode()).isEqualTo(200);
        assertThat(notADate.body()).contains("id=\"until-error\"", "A date as YYYY-MM-DD", "next week");
        var tooFar = head.post(path + "/extension", form("until", appeal.term().lastDay().plusMonths(3).toString(),
                "extension-reason", "Survey"));
        assertThat(tooFar.body()).contains("id=\"until-error\"", "The new term must be after");
        // the head's page has the extension form and no answer forms
        var page = head.get(path).body();
        assertThat(page).contains("id=\"extension-form\"").doesNotContain("id=\"answer-form\"");

        var now = jdbc.sql("select status, agency, due, interim_answer from appeals.appeal where number = ?")
                .param(appeal.number()).query().singleRow();
        assertThat(now.get("status")).isEqualTo("IN_REVIEW");
        assertThat(now.get("agency")).isEqualTo(body.office());
        assertThat(now.get("due").toString()).isEqualTo(appeal.term().due().toString());
        assertThat(now.get("interim_answer")).isNull();
        assertThat(jdbc.sql("select count(*) from appeals.answer where number = ?").param(appeal.number())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theHeadExtendsOnceAndAStepTheStateDoesNotAllowSaysSoAndChangesNothing() {
        var body = bodies.body();
        var appeal = bodies.routedTo(body, citizens.withAccount(), "healthcare", "Qishloq vrachlik punktida ikki "
                + "haftadan beri shifokor yoʻq, bemorlar tumanga borishga majbur.");
        var path = "/office/appeals/" + appeal.number();
        var head = AppealBodies.signedIn(port, "en", body.head());
        var until = appeal.term().lastDay().plusDays(20);
        var extended = head.post(path + "/extension", form("until", until.toString(), "extension-reason",
                "A doctor is being hired"));
        assertThat(extended.statusCode()).isEqualTo(302);
        var after = head.follow(extended).body();
        assertThat(after).contains("id=\"done\"", "id=\"extended-head\">yes<", "Term extended",
                "A doctor is being hired");
        var again = head.post(path + "/extension", form("until", until.plusDays(3).toString(), "extension-reason",
                "Again"));
        assertThat(again.body()).contains("id=\"until-error\"", "The head may extend the term only once");

        var officer = AppealBodies.signedIn(port, "en", body.officer());
        var answered = officer.post(path + "/answer", form("answer", "A general practitioner starts on Monday.",
                "keySerial", body.keySerial(), "pin", AppealBodies.PIN));
        assertThat(answered.statusCode()).isEqualTo(302);
        var late = officer.post(path + "/interim-answer", form("interim", "Still looking"));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("id=\"step-error\"", "does not allow this step", "id=\"closed\"")
                .doesNotContain("id=\"info-form\"");
        assertThat(steps(appeal.number(), "INTERIM_ANSWER")).isZero();
        assertThat(steps(appeal.number(), "EXTENDED")).isOne();
        // an answered appeal leaves the queue
        assertThat(officer.get("/office/appeals").body()).doesNotContain(appeal.number());
    }

    @Test
    void theOfficerReadsTheAttachmentAnswersInTheInterimAndForwardsTheAppealToTheCompetentBody() {
        var body = bodies.body();
        var pdf = "%PDF-1.4\n% photo of the pipe\n".getBytes(StandardCharsets.US_ASCII);
        var appeal = bodies.routedTo(body, citizens.withAccount(), "gas", "Uyimizga gaz kelmayapti, hisoblagich "
                + "yonida gaz hidi bor, rasmi ilova qilindi, tekshirishingizni soʻrayman.",
                new NewAppeal.Upload("quvur.pdf", pdf));
        var other = bodies.body();
        var officer = AppealBodies.signedIn(port, "en", body.officer());
        var path = "/office/appeals/" + appeal.number();

        assertThat(officer.get(path).body()).contains("quvur.pdf", "application/pdf");
        var file = officer.get(path + "/attachments/1");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.body()).isEqualTo(new String(pdf, StandardCharsets.US_ASCII));
        assertThat(officer.get(path + "/attachments/2").statusCode()).isEqualTo(404);

        var interim = officer.post(path + "/interim-answer", form("interim", "A gas service team comes tomorrow."));
        assertThat(interim.statusCode()).isEqualTo(302);
        assertThat(officer.follow(interim).body()).contains("The interim answer was given.",
                "<span class=\"note\">A gas service team comes tomorrow.</span>");
        var forwarded = officer.post(path + "/forward", form("agency", other.office(), "forward-reason",
                "The gas network is theirs"));
        assertThat(forwarded.statusCode()).isEqualTo(302);
        // the appeal is the other body's now: gone from this queue, found in theirs
        assertThat(officer.follow(forwarded).statusCode()).isEqualTo(404);
        assertThat(officer.get("/office/appeals").body()).doesNotContain(appeal.number());
        var theirs = AppealBodies.signedIn(port, "en", other.officer());
        assertThat(theirs.get("/office/appeals").body()).contains("row-" + appeal.number());
        assertThat(theirs.get(path).body()).contains("<span>Forwarded</span>", "<span class=\"note\">"
                + body.office() + " → " + other.office() + ": The gas network is theirs</span>");
    }

    private long steps(String number, String kind) {
        return jdbc.sql("select count(*) from appeals.event where number = ? and kind = ?").params(number, kind)
                .query(Long.class).single();
    }
}
