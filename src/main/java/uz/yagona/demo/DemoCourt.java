package uz.yagona.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.NewWrit;
import uz.yagona.enforcement.Party;
import uz.yagona.enforcement.Writs;
import uz.yagona.identity.Accounts;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Agency;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;
import uz.yagona.signature.Signatures;

/**
 * A district civil court with a judge and a clerk, and writs it issued against the demo citizen, so that the
 * debtor's cabinet, the enforcement officer and the public verification of writs show real cases from the first
 * start; the citizen's chief accountant represents his company for its deduction orders. Added once: when the
 * court exists, nothing is done (so a database filled before this data existed gets it on its next start).
 */
@Component
class DemoCourt {

    private static final Logger log = LoggerFactory.getLogger(DemoCourt.class);

    private final Agencies agencies;
    private final Persons persons;
    private final Accounts accounts;
    private final Officers officers;
    private final LegalEntities entities;
    private final Signatures signatures;
    private final Writs writs;
    private final TransactionTemplate transaction;

    DemoCourt(Agencies agencies, Persons persons, Accounts accounts, Officers officers, LegalEntities entities,
            Signatures signatures, Writs writs, TransactionTemplate transaction) {
        this.agencies = agencies;
        this.persons = persons;
        this.accounts = accounts;
        this.officers = officers;
        this.entities = entities;
        this.signatures = signatures;
        this.writs = writs;
        this.transaction = transaction;
    }

    void loadOnce() {
        var supreme = agencies.findByCode("SC");
        if (supreme.isEmpty() || agencies.findByCode(DemoLogins.COURT).isPresent()
                || persons.findByPinfl(DemoLogins.CITIZEN).isEmpty()) {
            return;
        }
        var keySerial = transaction.execute(status -> {
            var court = agencies.create(DemoLogins.COURT, supreme.get().id(), Agency.Level.DISTRICT,
                    new LocalizedText("Fuqarolik ishlari boʻyicha Yunusobod tumanlararo sudi",
                            "Фуқаролик ишлари бўйича Юнусобод туманлараро суди",
                            "Юнусабадский межрайонный суд по гражданским делам",
                            "Yunusobod Interdistrict Civil Court"), "1726266");
            var judge = login(DemoLogins.JUDGE, "Xolmatov", "Bahodir", "Ergash oʻgʻli", "b.xolmatov@example.uz");
            accounts.enableTotp(judge, DemoLogins.JUDGE_TOTP_SECRET);
            var appointed = officers.appoint(judge, court, "Sudya", Set.of("JUDGE"));
            var clerk = login(DemoLogins.CLERK, "Saidova", "Madina", "Rustam qizi", "m.saidova@example.uz");
            accounts.enableTotp(clerk, DemoLogins.CLERK_TOTP_SECRET);
            officers.appoint(clerk, court, "Sud majlisi kotibi", Set.of("COURT_CLERK"));
            entities.findByStir(DemoLoginRecords.BAKERY).ifPresent(bakery -> entities.addRepresentative(bakery.id(),
                    persons.findByPinfl(DemoLogins.CITIZEN_WITH_TOTP).orElseThrow().id(),
                    LegalEntity.Role.ACCOUNTANT));
            return signatures.enrol(DemoLogins.JUDGE, DemoLogins.JUDGE_PIN, "OFFICIAL:" + appointed.id()).serial();
        });
        var debtor = new Party(DemoLogins.CITIZEN, null, "Karimov Aziz Akmal oʻgʻli");
        // decided some weeks before the first start, so a decision date is never in the future
        var decided = LocalDate.now().minusDays(45);
        for (var writ : List.of(
                new NewWrit("2-1042/2026", decided, new Party(null, new Stir("202718305"),
                        "\"Toshshahar issiqlik manbai\" AJ"), debtor, ClaimType.MONEY_RECOVERY,
                        Money.ofSoum(12_450_000), null, null),
                new NewWrit("2-1187/2026", decided.plusDays(9), new Party(null, new Stir("201122349"),
                        "\"Hamkor Lizing\" MChJ"), debtor, ClaimType.MONEY_RECOVERY, Money.ofSoum(38_900_000), null,
                        null),
                new NewWrit("2-1203/2026", decided.plusDays(16), new Party(null, new Stir("200935241"),
                        "Yunusobod tumani davlat soliq inspeksiyasi"), debtor, ClaimType.STATE_DUTY,
                        Money.ofSoum(1_350_000), null, null))) {
            var drafted = writs.draft(writ, DemoLogins.COURT, DemoLogins.CLERK);
            writs.sign(drafted.number(), DemoLogins.JUDGE, keySerial, DemoLogins.JUDGE_PIN);
        }
        log.info("Demo court {} issued 3 writs against the demo citizen", DemoLogins.COURT);
    }

    private PersonId login(Pinfl pinfl, String family, String first, String patronymic, String email) {
        var id = persons.register(DemoPopulation.person(pinfl, family, first, patronymic, "+998901234567", email));
        accounts.open(id, DemoLogins.PASSWORD, false);
        return id;
    }
}
