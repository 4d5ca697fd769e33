package uz.yagona.portal.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uz.yagona.identity.PersonId;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/** The rules of an application's life, without a database: the term, payment, decisions and what they refuse. */
class ApplicationTests {

    static final Instant SUBMITTED = Instant.parse("2026-11-24T15:00:00Z"); // 20:00 in Tashkent
    static final Instant LATE_EVENING = Instant.parse("2026-11-24T20:30:00Z"); // 01:30 on the 25th in Tashkent
    static final Pinfl PINFL = Pinfl.of(LocalDate.of(1990, 5, 1), Sex.MALE, 990, 7);
    static final UUID OFFICER = UUID.randomUUID();

    @Test
    void aFreeApplicationsTermRunsFromSubmissionInTashkentDays() {
        var application = application(Money.ZERO, LATE_EVENING);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(application.daysLeft(LocalDate.of(2026, 11, 28))).isEqualTo(2);
        assertThat(application.overdue(LocalDate.of(2026, 12, 1))).isTrue();
    }

    @Test
    void aPaidApplicationsTermStartsOnPaymentAndASecondNoticeChangesNothing() {
        var application = application(Money.ofSoum(41_200), SUBMITTED);
        assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_PAYMENT);
        assertThat(application.dueDate()).isNull();
        assertThat(application.daysLeft(LocalDate.of(2026, 11, 25))).isNull();
        assertThatThrownBy(() -> application.approve(OFFICER, SUBMITTED))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("applications.approve.unpaid"));

        assertThat(application.paid(Instant.parse("2026-11-27T08:00:00Z"))).isTrue();
        assertThat(application.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(application.paid(Instant.parse("2026-11-28T08:00:00Z"))).isFalse();
        assertThat(application.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(application.recorded()).extracting(Application.Event::kind).containsExactly("SUBMITTED", "PAID");
    }

    @Test
    void decisionsFollowTheStatusAndAClosedApplicationHasNoDaysLeft() {
        var application = application(Money.ZERO, SUBMITTED);
        application.askForMoreInformation(OFFICER, "Which bank?", SUBMITTED);
        assertThatThrownBy(() -> application.take(OFFICER, SUBMITTED)).isInstanceOf(InvalidValueException.class);
        application.answer("Xalq banki", SUBMITTED);
        assertThat(application.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        application.reject(OFFICER, "Debt", SUBMITTED);
        assertThat(application.status().closed()).isTrue();
        assertThat(application.daysLeft(LocalDate.of(2026, 11, 25))).isNull();
        assertThatThrownBy(() -> application.approve(OFFICER, SUBMITTED))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("applications.status.wrong"));
        assertThatThrownBy(() -> application.answer("late", SUBMITTED)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyAnApprovedApplicationIsIssued() {
        var application = application(Money.ZERO, SUBMITTED);
        var result = new Application.Result(UUID.randomUUID(), "MOJ-2026/000001", null);
        assertThatThrownBy(() -> application.issued(result, SUBMITTED)).isInstanceOf(InvalidValueException.class);
        application.approve(OFFICER, SUBMITTED);
        application.issued(result, SUBMITTED);
        assertThat(application.status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(application.result()).isEqualTo(result);
    }

    @Test
    void theAgencyRootIsTheMinistryOfTheCode() {
        assertThat(Application.agencyRoot("MBB.1726.1726266")).isEqualTo("MBB");
        assertThat(Application.agencyRoot("MOJ")).isEqualTo("MOJ");
    }

    private static Application application(Money fee, Instant at) {
        return Application.submit("ARZ-2026-0000001", "civil.birth-certificate", "MOJ", new PersonId(UUID.randomUUID()),
                PINFL, "en", Map.of("childName", "Malika"), Map.of(), fee, 5, null, at);
    }
}
