package uz.yagona.demo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.appeals.AppealKind;
import uz.yagona.appeals.Appeals;
import uz.yagona.appeals.Applicant;
import uz.yagona.appeals.Channel;
import uz.yagona.appeals.NewAppeal;
import uz.yagona.identity.Accounts;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Agency;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;

/**
 * The Yunusobod housing and communal services department, the body the routing table gives housing appeals from
 * that district to, with an appeals officer (who signs answers with a kept key) and its head; a dispatcher of the
 * President's Virtual Reception; and appeals of the demo citizens, so that the officials' queue and the
 * dispatchers' queue are not empty on the first start. Added once: when the department exists, nothing is done.
 */
@Component
class DemoAppeals {

    private static final Logger log = LoggerFactory.getLogger(DemoAppeals.class);
    private static final String HOUSING = "housing-utilities";
    private static final String YUNUSOBOD = "1726266";

    private final Agencies agencies;
    private final Persons persons;
    private final Accounts accounts;
    private final Officers officers;
    private final Signatures signatures;
    private final Appeals appeals;
    private final TransactionTemplate transaction;

    DemoAppeals(Agencies agencies, Persons persons, Accounts accounts, Officers officers, Signatures signatures,
            Appeals appeals, TransactionTemplate transaction) {
        this.agencies = agencies;
        this.persons = persons;
        this.accounts = accounts;
        this.officers = officers;
        this.signatures = signatures;
        this.appeals = appeals;
        this.transaction = transaction;
    }

    void loadOnce() {
        var ministry = agencies.findByCode("MC");
        if (ministry.isEmpty() || agencies.findByCode(DemoLogins.APPEALS_BODY).isPresent()
                || persons.findByPinfl(DemoLogins.CITIZEN).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            var city = agencies.findByCode("MC.1726").map(Agency::id).orElseGet(() -> agencies.create("MC.1726",
                    ministry.get().id(), Agency.Level.REGIONAL, new LocalizedText(
                            "Toshkent shahar uy-joy kommunal xizmat koʻrsatish boshqarmasi",
                            "Тошкент шаҳар уй-жой коммунал хизмат кўрсатиш бошқармаси",
                            "Управление жилищно-коммунального обслуживания города Ташкента",
                            "Tashkent City Housing and Communal Services Office"), "1726"));
            var body = agencies.create(DemoLogins.APPEALS_BODY, city, Agency.Level.DISTRICT, new LocalizedText(
                    "Yunusobod tumani uy-joy kommunal xizmat koʻrsatish boʻlimi",
                    "Юнусобод тумани уй-жой коммунал хизмат кўрсатиш бўлими",
                    "Отдел жилищно-коммунального обслуживания Юнусабадского района",
                    "Yunusobod District Housing and Communal Services Department"), YUNUSOBOD);
            var reception = agencies.findByCode(DemoLogins.APPEALS_DISPATCH).map(Agency::id)
                    .orElseGet(() -> agencies.create(DemoLogins.APPEALS_DISPATCH, null, Agency.Level.MINISTRY,
                            new LocalizedText("Oʻzbekiston Respublikasi Prezidentining Virtual qabulxonasi",
                                    "Ўзбекистон Республикаси Президентининг Виртуал қабулхонаси",
                                    "Виртуальная приёмная Президента Республики Узбекистан",
                                    "Virtual Reception of the President of the Republic of Uzbekistan"), null));
            var officer = official(DemoLogins.APPEALS_OFFICER, "Ismoilova", "Feruza", "Akbar qizi",
                    "f.ismoilova@example.uz", DemoLogins.APPEALS_OFFICER_TOTP_SECRET);
            var appointed = officers.appoint(officer, body, "Murojaatlar boʻyicha bosh mutaxassis",
                    Set.of("APPEALS_OFFICER"));
            signatures.enrol(DemoLogins.APPEALS_OFFICER, DemoLogins.APPEALS_OFFICER_PIN,
                    "OFFICIAL:" + appointed.id());
            officers.appoint(official(DemoLogins.APPEALS_HEAD, "Umarov", "Rustam", "Hamid oʻgʻli",
                    "r.umarov@example.uz", DemoLogins.APPEALS_HEAD_TOTP_SECRET), body, "Boʻlim boshligʻi",
                    Set.of("APPEALS_HEAD"));
            officers.appoint(official(DemoLogins.APPEALS_DISPATCHER, "Sobirova", "Laylo", "Nodir qizi",
                    "l.sobirova@example.uz", DemoLogins.APPEALS_DISPATCHER_TOTP_SECRET), reception, "Dispetcher",
                    Set.of("APPEALS_DISPATCHER"));
        });
        file(DemoLogins.CITIZEN, AppealKind.COMPLAINT, HOUSING, "Amir Temur koʻchasi 101-uyning podyezdida bir "
                + "haftadan beri lift ishlamaydi, keksalar va bolali oilalar toʻqqizinchi qavatga piyoda chiqmoqda. "
                + "Boshqaruv kompaniyasi javob bermayapti. Liftni taʼmirlashni soʻrayman.");
        file(DemoLogins.CITIZEN_WITH_TOTP, AppealKind.APPLICATION, HOUSING, "Bogʻishamol mahallasidagi uyimizning "
                + "tomi oqmoqda, yomgʻir yoqqanda oxirgi qavatdagi xonadonlarga suv tushadi. Tomni taʼmirlash "
                + "rejasiga kiritishingizni soʻraymiz.");
        // no topic and few telling words: the model is unsure, so it waits for the dispatcher
        file(DemoLogins.CITIZEN, AppealKind.PROPOSAL, null, "Mahallamizdagi masalalar boʻyicha fuqarolar bilan "
                + "har oy ochiq uchrashuv oʻtkazishni taklif qilaman, shunda odamlar fikrini bevosita aytadi.");
        log.info("Demo appeals: {} with an officer, a head and a dispatcher", DemoLogins.APPEALS_BODY);
    }

    private PersonId official(Pinfl pinfl, String family, String first, String patronymic, String email,
            String totpSecret) {
        var id = persons.register(DemoPopulation.person(pinfl, family, first, patronymic, "+998901234567", email));
        accounts.open(id, DemoLogins.PASSWORD, false);
        accounts.enableTotp(id, totpSecret);
        return id;
    }

    private void file(Pinfl applicant, AppealKind kind, @Nullable String topic, String text) {
        var person = persons.findByPinfl(applicant).orElseThrow();
        appeals.submit(new NewAppeal(kind, text, Channel.PORTAL, Locale.forLanguageTag("uz"), null, YUNUSOBOD, null,
                null, null, null, topic, List.of(), null), Applicant.person(person.id(), person.pinfl(),
                person.latin().full()));
    }
}
