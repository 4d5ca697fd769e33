package uz.yagona.appeals.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.AppealKind;
import uz.yagona.appeals.Term;
import uz.yagona.shared.InvalidValueException;

/**
 * The arithmetic of the legal terms of appeals (ZRU-445 art. 28), on the working calendar of the settings.
 *
 * <p>A term counted in days or months starts the day after registration and ends on the same-numbered day
 * (Civil Code art. 153-154: a month term ends on that day of the month, or on its last day where there is none); a
 * term ending on a day off ends on the next working day (Civil Code art. 155). The clock rules for asking the
 * applicant for more: the clock does not stop; a request for documents or a check is what the law calls extra
 * study, and it moves the term once to one month of receipt. The head of the body may then extend once more.
 */
@Component
public class Deadlines {

    private final TermSettings settings;
    private final WorkingCalendar calendar;

    Deadlines(TermSettings settings) {
        this.settings = settings;
        this.calendar = new WorkingCalendar(settings);
    }

    /**
     * The day an appeal received at {@code receivedAt} is registered: the same day when it arrives on a working day
     * before the end of the working day, else the next working day. Registration itself is never refused.
     */
    public LocalDate registrationDay(Instant receivedAt) {
        var local = receivedAt.atZone(settings.zone());
        var day = local.toLocalDate();
        if (calendar.isWorkingDay(day) && local.toLocalTime().isBefore(settings.workdayEnd())) {
            return day;
        }
        return calendar.after(day);
    }

    /** The term of an appeal of {@code kind} registered on {@code registeredOn}. */
    public Term term(AppealKind kind, LocalDate registeredOn) {
        var lastDay = kind == AppealKind.PROPOSAL ? registeredOn.plusMonths(settings.proposalMonths())
                : registeredOn.plusDays(settings.applicationDays());
        return new Term(kind, registeredOn, lastDay, calendar.onOrAfter(lastDay), false, false);
    }

    /**
     * The term once extra study, a check or documents are needed (including asking the applicant for more): one
     * month of receipt for applications and complaints. A proposal's term is already a month; refused when the
     * term was extended before.
     */
    public Term forStudy(Term term) {
        if (term.kind() == AppealKind.PROPOSAL) {
            throw new InvalidValueException("appeals.term.studyProposal",
                    "a proposal is considered within a month; tell the applicant of the study instead");
        }
        if (term.extendedForStudy() || term.extendedByHead()) {
            throw new InvalidValueException("appeals.term.studyOnce", "the term was extended already");
        }
        var lastDay = term.registeredOn().plusMonths(settings.studyMonths());
        if (!lastDay.isAfter(term.lastDay())) {
            return new Term(term.kind(), term.registeredOn(), term.lastDay(), term.due(), true, false);
        }
        return new Term(term.kind(), term.registeredOn(), lastDay, calendar.onOrAfter(lastDay), true, false);
    }

    /**
     * The head of the body extends the term once, to {@code until}: after the current due day and at most the
     * settings' months after the current last day. The applicant must be told (the caller's duty).
     */
    public Term extendedByHead(Term term, LocalDate until) {
        if (term.extendedByHead()) {
            throw new InvalidValueException("appeals.term.headOnce", "the head may extend the term only once");
        }
        var latest = term.lastDay().plusMonths(settings.headExtensionMonths());
        if (!until.isAfter(term.due()) || until.isAfter(latest)) {
            throw new InvalidValueException("appeals.term.headRange",
                    "the new term must be after " + term.due() + " and at most " + latest, term.due(), latest);
        }
        return new Term(term.kind(), term.registeredOn(), until, calendar.onOrAfter(until), term.extendedForStudy(),
                true);
    }

    /** When a proposal needs extra study, the day by which the applicant must be told so in writing. */
    public LocalDate proposalNoticeDue(LocalDate registeredOn) {
        return calendar.onOrAfter(registeredOn.plusDays(settings.proposalNoticeDays()));
    }

    /** The last day a complaint about an answer given on {@code answeredOn} may be filed to the superior body. */
    public LocalDate superiorComplaintUntil(LocalDate answeredOn) {
        return calendar.onOrAfter(answeredOn.plusMonths(settings.superiorComplaintMonths()));
    }

    /** Whether the bodies work on {@code day}. */
    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }
}
