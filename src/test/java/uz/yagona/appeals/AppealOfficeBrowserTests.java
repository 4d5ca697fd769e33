package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;
import uz.yagona.signature.Signatures;

/**
 * An official works appeals on the pages in a real browser: the body's queue with days left (overdue said in
 * words), an appeal asked about and answered with a signature, an error beside the field; a dispatcher routes an
 * appeal the model was unsure of and the correction is kept. axe-core finds nothing serious in any language.
 */
class AppealOfficeBrowserTests extends BrowserTest {

    private static final String[] LANGUAGES = {"uz-Latn", "uz-Cyrl", "ru", "en"};

    @Autowired
    AppealBodies bodies;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Processing processing;

    @Autowired
    Signatures signatures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficialSeesTheQueueWithDaysLeftAsksForMoreAndGivesASignedAnswer() {
        var body = bodies.body();
        var applicant = citizens.withAccount();
        var fresh = bodies.routedTo(body, applicant, "housing-utilities", "Podyezdimizda bir haftadan beri lift "
                + "ishlamaydi, keksalar toʻqqizinchi qavatga piyoda chiqmoqda, taʼmirlashni soʻrayman.");
        var late = bodies.routedTo(body, citizens.withAccount(), "water", "Mahallamizda bir oydan beri suv "
                + "kechasi bilan keladi, kunduzi jumrakdan suv chiqmaydi, choralar koʻrishingizni soʻraymiz.");
        bodies.overdue(late.number(), 2);
        signIn(body.officer());

        open("/office/appeals?lang=en");
        var rows = findAll("#queue tbody tr").stream().map(row -> row.getDomAttribute("id")).toList();
        assertThat(rows).containsSubsequence("row-" + late.number(), "row-" + fresh.number());
        assertThat(find("#row-" + late.number() + " .days-left").getText()).isEqualTo("Overdue by 2 days");
        var daysLeft = fresh.term().daysLeft(processing.today());
        assertThat(find("#row-" + fresh.number() + " .days-left").getText())
                .isEqualTo(daysLeft == 1 ? "1 day left" : daysLeft + " days left");
        assertThat(find("#row-" + fresh.number()).getText()).contains("Application", "Housing and utilities",
                fresh.receivedAt().atZone(java.time.ZoneId.of("Asia/Tashkent")).toLocalDate().toString());
        assertThat(Accessibility.blocking(browser)).as("queue").isEmpty();

        navigate(find("#row-" + fresh.number() + " a"));
        assertThat(find("#appeal-text").getText()).contains("lift ishlamaydi");
        assertThat(find("#applicant").getText()).isEqualTo("Testova Nigora Aziz qizi");
        navigate(find("#info-form button[type=submit]"));
        assertThat(find("#question-error").getText()).isEqualTo("Fill in this field");
        assertThat(find("#question").getDomAttribute("aria-describedby")).isEqualTo("question-error");
        assertThat(Accessibility.blocking(browser)).as("appeal with an error").isEmpty();
        assertThat(status(fresh.number())).isEqualTo("IN_REVIEW");

        find("#question").sendKeys("Qaysi uy va qaysi podyezd? Manzilni toʻliq yozing.");
        navigate(find("#info-form button[type=submit]"));
        assertThat(find("#done").getText()).isEqualTo("The applicant was asked for more information.");
        assertThat(find("#status").getText()).isEqualTo("More information requested");
        assertThat(find("#steps").getText()).contains("More information requested (official): Qaysi uy");
        assertThat(status(fresh.number())).isEqualTo("INFO_REQUESTED");

        var answer = "Lift 28-noyabrgacha taʼmirlanadi, pudratchi tayinlandi.";
        find("#answer").sendKeys(answer);
        find("#pin").sendKeys("111111");
        navigate(find("#sign-answer"));
        assertThat(find("#pin-error").getText()).isEqualTo("Wrong PIN.");
        assertThat(find("#answer").getDomProperty("value")).isEqualTo(answer);
        assertThat(find("#pin").getDomProperty("value")).isEmpty();
        assertThat(jdbc.sql("select count(*) from appeals.answer where number = ?").param(fresh.number())
                .query(Long.class).single()).isZero();

        find("#pin").sendKeys(AppealBodies.PIN);
        navigate(find("#sign-answer"));
        assertThat(find("#done").getText()).isEqualTo("The signed answer was sent to the applicant.");
        assertThat(find("#answer-text").getText()).isEqualTo(answer);
        assertThat(findAll("#answer-form")).isEmpty();
        var signature = processing.answerOf(fresh.number()).orElseThrow().signature();
        assertThat(signatures.verify(answer.getBytes(StandardCharsets.UTF_8), signature).valid()).isTrue();

        for (var lang : LANGUAGES) {
            open("/office/appeals/" + late.number() + "?lang=" + lang);
            assertThat(find("#days-left .overdue-mark").getText()).contains("2");
            assertThat(find("#answer-form")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("appeal in %s", lang).isEmpty();
        }
        open("/office/appeals?lang=ru");
        assertThat(find("#row-" + late.number() + " .days-left").getText()).isEqualTo("Просрочено, дней: 2");
        open("/office/appeals?lang=uz-Cyrl");
        assertThat(find("#row-" + late.number() + " .days-left").getText()).isEqualTo("Муддати 2 кунга ўтиб кетган");
        assertThat(Accessibility.blocking(browser)).as("queue in uz-Cyrl").isEmpty();
    }

    @Test
    void aDispatcherRoutesAnAppealTheModelWasUnsureOfAndTheCorrectionIsKept() {
        var body = bodies.body();
        var appeal = bodies.filed(citizens.withAccount(), "Mahallamizdagi masalalar boʻyicha har oy fuqarolar "
                + "bilan ochiq uchrashuv oʻtkazishni soʻraymiz, odamlar fikrini aytsin.");
        bodies.awaitingDispatch(appeal.number());
        var modelTopic = jdbc.sql("select inputs ->> 'topic' from appeals.decision where number = ? and kind = "
                + "'ROUTING'").param(appeal.number()).query(String.class).single();
        signIn(citizens.appointedTo("PVR", Processing.DISPATCHER).login());

        open("/office/appeals/dispatch?lang=uz-Latn");
        var section = "#appeal-" + appeal.number();
        assertThat(find(section + " .confidence").getText()).contains("%");
        assertThat(find(section + " .guess").getText()).isNotBlank();
        assertThat(Accessibility.blocking(browser)).as("dispatch queue").isEmpty();

        find("#agency-" + appeal.number()).clear();
        find("#topic-" + appeal.number()).findElement(By.cssSelector("option[value='housing-utilities']")).click();
        navigate(find("#route-" + appeal.number() + " button[type=submit]"));
        assertThat(find("#agency-" + appeal.number() + "-error").getText()).isEqualTo("Bu maydonni toʻldiring");
        assertThat(find("#topic-" + appeal.number()).findElement(By.cssSelector("option:checked")).getDomAttribute(
                "value")).isEqualTo("housing-utilities");
        assertThat(Accessibility.blocking(browser)).as("dispatch with an error").isEmpty();
        assertThat(corrections(appeal.number())).isZero();

        find("#agency-" + appeal.number()).sendKeys(body.office());
        navigate(find("#route-" + appeal.number() + " button[type=submit]"));
        assertThat(find("#routed").getText()).contains(appeal.number());
        assertThat(findAll(section)).isEmpty();
        var kept = jdbc.sql("select topic, agency, model_topic, body from appeals.correction where number = ?")
                .param(appeal.number()).query().singleRow();
        assertThat(kept.get("topic")).isEqualTo("housing-utilities");
        assertThat(kept.get("agency")).isEqualTo(body.office());
        assertThat(kept.get("model_topic")).isEqualTo(modelTopic);
        assertThat((String) kept.get("body")).contains("ochiq uchrashuv");
        assertThat(jdbc.sql("select status || ' ' || agency from appeals.appeal where number = ?")
                .param(appeal.number()).query(String.class).single()).isEqualTo("IN_REVIEW " + body.office());
    }

    private void signIn(TestCitizens.Login login) {
        open("/login");
        find("#username").sendKeys(login.pinflValue());
        find("#password").sendKeys(login.password());
        navigate(find("main form button[type=submit]"));
        find("#code").sendKeys(TotpCodes.code(login.totpSecret(), 0));
        navigate(find("main form button[type=submit]"));
    }

    private String status(String number) {
        return jdbc.sql("select status from appeals.appeal where number = ?").param(number).query(String.class)
                .single();
    }

    private long corrections(String number) {
        return jdbc.sql("select count(*) from appeals.correction where number = ?").param(number).query(Long.class)
                .single();
    }
}
