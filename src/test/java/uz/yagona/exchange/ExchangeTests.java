package uz.yagona.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.exchange.internal.AccessLog;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/** The exchange as other modules call it, over the real registries: answers, refusals and what the log records. */
@SpringBootTest
@ActiveProfiles("test")
class ExchangeTests {

    static final String YUNUSOBOD_BUREAU = "MBB.1726.1726266";

    @Autowired
    Exchange exchange;

    @Autowired
    RegistryPeople people;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Persons persons;

    @Autowired
    ExchangeTesting testing;

    @Autowired
    AccessLog log;

    @Autowired
    uz.yagona.exchange.internal.Anchors anchors;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEnforcementOfficerGetsThePersonWithAccountsAndRealEstateInOneRequestThatIsLoggedAsServed() {
        var debtor = people.resident();
        var officer = officer();
        var before = testing.servedAbout(debtor.pinfl().value());

        var dossier = exchange.personWithAssets(debtor.pinfl(), enforcement(officer));

        assertThat(dossier.person().pinfl()).isEqualTo(debtor.pinfl());
        assertThat(dossier.accounts()).extracting(account -> account.number())
                .containsExactlyInAnyOrderElementsOf(debtor.accounts());
        assertThat(dossier.realEstate()).extracting(object -> object.cadastralNumber())
                .containsExactly(debtor.cadastralNumber());
        assertThat(testing.servedAbout(debtor.pinfl().value())).isEqualTo(before + 1);
        var entry = log.visibleTo(debtor.pinfl().value(), LocalDate.now(), 1).getFirst();
        assertThat(entry.service()).isEqualTo("composite.person-with-assets");
        assertThat(entry.agency()).isEqualTo(YUNUSOBOD_BUREAU);
        assertThat(entry.officer()).isEqualTo(officer.value());
        assertThat(entry.purpose()).isEqualTo("ENFORCEMENT");
        assertThat(entry.caseReference()).isEqualTo("IJ-2026-0042");
        assertThat(entry.answerDigest()).isNotNull();
    }

    @Test
    void aRequestWithoutPurposeIsRejectedNamingTheFieldAndIsLoggedAsRejectedNotServed() {
        var debtor = people.resident();
        var context = new RequestContext(YUNUSOBOD_BUREAU, officer(), null, null, "Writ 2-1234/2026", "IJ-1", null);

        assertThatThrownBy(() -> exchange.accounts(Debtor.person(debtor.pinfl()), context))
                .isInstanceOfSatisfying(RequestRejected.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("purpose");
                    assertThat(rejected.rule()).isEqualTo("exchange.required.purpose");
                    assertThat(testing.outcomeOf(rejected.requestId())).isEqualTo("REJECTED");
                });
        assertThat(testing.servedAbout(debtor.pinfl().value())).isZero();
    }

    @Test
    void legalBasisAndCaseReferenceAreRequired() {
        var debtor = people.resident();
        var officer = officer();
        assertThatThrownBy(() -> exchange.personalData(debtor.pinfl(),
                new RequestContext(YUNUSOBOD_BUREAU, officer, null, Purpose.ENFORCEMENT, " ", "IJ-1", null)))
                .isInstanceOfSatisfying(RequestRejected.class, e -> assertThat(e.field()).isEqualTo("legalBasis"));
        assertThatThrownBy(() -> exchange.personalData(debtor.pinfl(),
                new RequestContext(YUNUSOBOD_BUREAU, officer, null, Purpose.ENFORCEMENT, "Writ 2-1234/2026", null,
                        null)))
                .isInstanceOfSatisfying(RequestRejected.class, e -> assertThat(e.field()).isEqualTo("caseReference"));
        assertThat(testing.servedAbout(debtor.pinfl().value())).isZero();
    }

    @Test
    void anUnknownPinflIsNotFoundAndLoggedAsSuch() {
        var nobody = TestCitizens.freshPinfl(Sex.FEMALE);
        assertThatThrownBy(() -> exchange.accounts(Debtor.person(nobody), enforcement(officer())))
                .isInstanceOfSatisfying(SubjectNotFound.class,
                        e -> assertThat(testing.outcomeOf(e.requestId())).isEqualTo("NOT_FOUND"));
        assertThat(testing.servedAbout(nobody.value())).isZero();
    }

    @Test
    void thePolicyRefusesAServiceTheAgencyMayNotUseWithTheReason() {
        var debtor = people.resident();
        var tax = RequestContext.system("STC", "tax-system", Purpose.TAX_ADMINISTRATION, "Tax Code art. 90", "T-1");
        assertThatThrownBy(() -> exchange.hold(Debtor.person(debtor.pinfl()), debtor.accounts().getFirst(),
                Money.ofSoum(1000), tax))
                .isInstanceOfSatisfying(RequestRefused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo("exchange.refused.service");
                    assertThat(refused.arguments()).containsExactly("STC", "banking.hold");
                    assertThat(testing.outcomeOf(refused.requestId())).isEqualTo("REFUSED");
                });
    }

    @Test
    void thePolicyRefusesAnAllowedServiceForAnotherPurpose() {
        var debtor = people.resident();
        var context = RequestContext.officer(YUNUSOBOD_BUREAU, officer(), Purpose.TAX_ADMINISTRATION, "Writ", "IJ-2");
        assertThatThrownBy(() -> exchange.accounts(Debtor.person(debtor.pinfl()), context))
                .isInstanceOfSatisfying(RequestRefused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("exchange.refused.purpose"));
    }

    @Test
    void anAgencyCodeMatchesAPolicyPrefixOnlyAtADot() {
        var debtor = people.resident();
        var lookalike = RequestContext.system("MBBX", "lookalike", Purpose.ENFORCEMENT, "Writ", "IJ-3");
        assertThatThrownBy(() -> exchange.accounts(Debtor.person(debtor.pinfl()), lookalike))
                .isInstanceOf(RequestRefused.class);
        var bureau = RequestContext.system("MBB.1726", "bureau-system", Purpose.ENFORCEMENT, "Writ", "IJ-3");
        assertThat(exchange.accounts(Debtor.person(debtor.pinfl()), bureau)).hasSize(2);
    }

    @Test
    void someoneWhoIsNoOfficerOfTheAgencyIsRefused() {
        var debtor = people.resident();
        var citizen = persons.findByPinfl(citizens.withAccount()).orElseThrow().id();
        assertThatThrownBy(() -> exchange.accounts(Debtor.person(debtor.pinfl()), enforcement(citizen)))
                .isInstanceOfSatisfying(RequestRefused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("exchange.refused.officer"));
    }

    @Test
    void aPersonMayReadTheirOwnDataButNobodyElsesThroughThePortal() {
        var pinfl = citizens.withAccount();
        people.resident(pinfl);
        var other = people.resident();
        var me = persons.findByPinfl(pinfl).orElseThrow().id();
        var self = RequestContext.self(me, "Consent to prefill", "APP-1");

        var mine = exchange.personalData(pinfl, self);
        assertThat(mine.pinfl()).isEqualTo(pinfl);
        assertThat(List.of(mine.mahalla(), mine.street(), mine.mahallaCyrillic(), mine.streetCyrillic()))
                .containsExactly("Bogʻishamol", "Amir Temur koʻchasi", "Боғишамол", "Амир Темур кўчаси");
        assertThatThrownBy(() -> exchange.personalData(other.pinfl(), self))
                .isInstanceOfSatisfying(RequestRefused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("exchange.refused.self"));
    }

    @Test
    void aHoldIsLoggedAsServedOnlyWhenTheCallersTransactionCommits() {
        var debtor = people.resident();
        var context = enforcement(officer());
        var owner = Debtor.person(debtor.pinfl());
        var transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            exchange.hold(owner, debtor.accounts().getFirst(), Money.ofSoum(100_000), context);
            assertThat(testing.servedAbout(debtor.pinfl().value())).isZero();
            status.setRollbackOnly();
        });
        assertThat(testing.servedAbout(debtor.pinfl().value())).isZero();

        var hold = transaction.execute(status ->
                exchange.hold(owner, debtor.accounts().getFirst(), Money.ofSoum(100_000), context));
        assertThat(hold.held()).isEqualTo(Money.ofSoum(100_000));
        assertThat(testing.servedAbout(debtor.pinfl().value())).isEqualTo(1);
    }

    @Test
    void aHoldOnSomeoneElsesAccountIsRejected() {
        var debtor = people.resident();
        var other = people.resident();
        assertThatThrownBy(() -> exchange.hold(Debtor.person(debtor.pinfl()), other.accounts().getFirst(),
                Money.ofSoum(1), enforcement(officer())))
                .isInstanceOfSatisfying(RequestRejected.class,
                        rejected -> assertThat(rejected.rule()).isEqualTo("exchange.subject.notOwner"));
    }

    @Test
    void anInvestigationsRequestStaysHiddenFromThePersonUntilItsDay() {
        var suspect = people.resident();
        var investigation = RequestContext.system("MIA", "mia-system", Purpose.CRIMINAL_INVESTIGATION,
                "Criminal Procedure Code art. 382", "JI-77").hiddenUntil(LocalDate.now().plusDays(30));
        exchange.accounts(Debtor.person(suspect.pinfl()), investigation);

        assertThat(log.visibleTo(suspect.pinfl().value(), LocalDate.now(), 50)).isEmpty();
        assertThat(log.visibleTo(suspect.pinfl().value(), LocalDate.now().plusDays(30), 50)).hasSize(1);
    }

    @Test
    void onlyAnInvestigationMayHideItsRequest() {
        var debtor = people.resident();
        var hidden = enforcement(officer()).hiddenUntil(LocalDate.now().plusDays(5));
        assertThatThrownBy(() -> exchange.accounts(Debtor.person(debtor.pinfl()), hidden))
                .isInstanceOfSatisfying(RequestRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("hiddenUntil"));
    }

    @Test
    void debtorAssetsBringAccountsRealEstateVehiclesAndIncomeTogether() {
        var debtor = people.resident();
        var assets = exchange.debtorAssets(Debtor.person(debtor.pinfl()), enforcement(officer()));
        assertThat(assets.accounts()).hasSize(2);
        assertThat(assets.realEstate()).hasSize(1);
        assertThat(assets.vehicles()).isEmpty();
    }

    @Test
    void thirtyTwoConcurrentRequestsAreEachLoggedOnceInOneUnbrokenChain() throws Exception {
        var debtor = people.resident();
        var context = enforcement(officer());
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(32)) {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<PersonWithAssets>>();
            for (int i = 0; i < 32; i++) {
                answers.add(threads.submit(() -> exchange.personWithAssets(debtor.pinfl(), context)));
            }
            for (var answer : answers) {
                assertThat(answer.get().accounts()).hasSize(2);
            }
        }
        assertThat(testing.servedAbout(debtor.pinfl().value())).isEqualTo(32);
        assertThat(anchors.verify(java.time.Duration.ofMinutes(1)).intact()).isTrue();
    }

    private PersonId officer() {
        return persons.findByPinfl(citizens.officer().pinfl()).orElseThrow().id();
    }

    static RequestContext enforcement(PersonId officer) {
        return RequestContext.officer(YUNUSOBOD_BUREAU, officer, Purpose.ENFORCEMENT,
                "Writ of execution 2-1234/2026 of the Yunusobod district civil court", "IJ-2026-0042");
    }

    static Pinfl unused() {
        return TestCitizens.freshPinfl(Sex.MALE);
    }
}
