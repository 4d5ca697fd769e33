package uz.yagona.appeals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uz.yagona.appeals.AppealKind;
import uz.yagona.shared.InvalidValueException;

/** The terms of ZRU-445 art. 28 counted on the working calendar, with the days off of 2026. */
class DeadlinesTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    /** The 2026 calendar: Ramazon Hayit on Friday 20 March, and Saturday 10 January worked for a moved day off. */
    private final Deadlines deadlines = new Deadlines(new TermSettings(null, null, null, null, null, null, null, null,
            null, null, List.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 27)),
            List.of(LocalDate.of(2026, 1, 10))));

    @Nested
    class Registration {

        @ParameterizedTest(name = "received {0} → registered {1}")
        @CsvSource({
            "2026-11-23T10:00, 2026-11-23",  // Monday in working hours: the same day
            "2026-11-23T17:59, 2026-11-23",
            "2026-11-23T18:00, 2026-11-24",  // after hours: the next working day
            "2026-11-27T21:30, 2026-11-30",  // Friday evening: Monday
            "2026-11-28T09:00, 2026-11-30",  // Saturday: Monday
            "2025-12-31T19:00, 2026-01-02",  // New Year's Eve after hours: 1 January is a holiday
            "2026-03-19T20:00, 2026-03-23",  // Thursday night before the Hayit, Navruz and a weekend
            "2026-01-10T11:00, 2026-01-10",  // a Saturday declared a working day
            "2026-12-07T23:59, 2026-12-09"}) // the evening before Constitution Day
        void anAppealIsRegisteredTheSameWorkingDayOrTheNext(LocalDateTime received, LocalDate registered) {
            assertThat(deadlines.registrationDay(received.atZone(TASHKENT).toInstant())).isEqualTo(registered);
        }
    }

    @Nested
    class Terms {

        @Test
        void anApplicationIsDueFifteenDaysAfterRegistration() {
            var term = deadlines.term(AppealKind.APPLICATION, LocalDate.of(2026, 11, 2));
            assertThat(term.lastDay()).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(term.due()).isEqualTo(LocalDate.of(2026, 11, 17));
        }

        @Test
        void aTermEndingOnADayOffEndsOnTheNextWorkingDay() {
            // 20 November + 15 days is Saturday 5 December
            assertThat(deadlines.term(AppealKind.COMPLAINT, LocalDate.of(2026, 11, 20)).due())
                    .isEqualTo(LocalDate.of(2026, 12, 7));
            // 23 November + 15 days is Tuesday 8 December, Constitution Day
            assertThat(deadlines.term(AppealKind.COMPLAINT, LocalDate.of(2026, 11, 23)).due())
                    .isEqualTo(LocalDate.of(2026, 12, 9));
            // 5 March + 15 days is the Hayit (a setting), then Navruz on Saturday, then Sunday
            assertThat(deadlines.term(AppealKind.APPLICATION, LocalDate.of(2026, 3, 5)).due())
                    .isEqualTo(LocalDate.of(2026, 3, 23));
        }

        @Test
        void withoutTheHayitInTheSettingsThatDayIsAWorkingDay() {
            var plain = new Deadlines(TermSettings.defaults());
            assertThat(plain.term(AppealKind.APPLICATION, LocalDate.of(2026, 3, 5)).due())
                    .isEqualTo(LocalDate.of(2026, 3, 20));
        }

        @Test
        void aProposalIsDueAMonthAfterRegistrationOnTheMonthsLastDayWhereTheDateIsMissing() {
            // 31 January + 1 month is 28 February 2026, a Saturday
            var term = deadlines.term(AppealKind.PROPOSAL, LocalDate.of(2026, 1, 31));
            assertThat(term.lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(term.due()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(deadlines.proposalNoticeDue(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 10));
        }

        @Test
        void daysLeftCountDownToZeroOnTheDueDayAndBelowOnceOverdue() {
            var term = deadlines.term(AppealKind.APPLICATION, LocalDate.of(2026, 11, 2));
            assertThat(term.daysLeft(LocalDate.of(2026, 11, 2))).isEqualTo(15);
            assertThat(term.daysLeft(LocalDate.of(2026, 11, 17))).isZero();
            assertThat(term.overdueOn(LocalDate.of(2026, 11, 17))).isFalse();
            assertThat(term.daysLeft(LocalDate.of(2026, 11, 19))).isEqualTo(-2);
            assertThat(term.overdueOn(LocalDate.of(2026, 11, 18))).isTrue();
        }

        @Test
        void aComplaintToTheSuperiorBodyMayBeFiledWithinAYearOfTheAnswer() {
            // 8 December 2027 is Constitution Day
            assertThat(deadlines.superiorComplaintUntil(LocalDate.of(2026, 12, 8))).isEqualTo(LocalDate.of(2027, 12, 9));
        }
    }

    @Nested
    class Extensions {

        private final uz.yagona.appeals.Term term = deadlines.term(AppealKind.APPLICATION, LocalDate.of(2026, 11, 2));

        @Test
        void extraStudyOrAskingForDocumentsMovesTheTermToAMonthOfReceiptOnce() {
            var studied = deadlines.forStudy(term);
            assertThat(studied.lastDay()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(studied.due()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(studied.extendedForStudy()).isTrue();
            assertThatThrownBy(() -> deadlines.forStudy(studied)).isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("appeals.term.studyOnce");
        }

        @Test
        void aProposalIsNotExtendedForStudyButTheApplicantIsTold() {
            var proposal = deadlines.term(AppealKind.PROPOSAL, LocalDate.of(2026, 11, 2));
            assertThatThrownBy(() -> deadlines.forStudy(proposal)).isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("appeals.term.studyProposal");
        }

        @Test
        void theHeadExtendsOnceByAtMostAMonthAndADayOffMovesTheEnd() {
            var studied = deadlines.forStudy(term);
            // 2 December + 1 month is Saturday 2 January 2027
            var extended = deadlines.extendedByHead(studied, LocalDate.of(2027, 1, 2));
            assertThat(extended.lastDay()).isEqualTo(LocalDate.of(2027, 1, 2));
            assertThat(extended.due()).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(extended.extendedForStudy()).isTrue();
            assertThat(extended.extendedByHead()).isTrue();
            assertThatThrownBy(() -> deadlines.extendedByHead(extended, LocalDate.of(2027, 1, 5)))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("appeals.term.headOnce");
            assertThatThrownBy(() -> deadlines.forStudy(extended))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("appeals.term.studyOnce");
        }

        @ParameterizedTest
        @CsvSource({"2026-11-17", "2026-11-10", "2026-12-18"})
        void theHeadCannotShortenNorExtendBeyondAMonth(LocalDate until) {
            assertThatThrownBy(() -> deadlines.extendedByHead(term, until)).isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("appeals.term.headRange");
        }
    }

    @Test
    void aTermOfZeroDaysIsABrokenSetting() {
        assertThatThrownBy(() -> new TermSettings(0, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("application-days");
    }
}
