package uz.yagona.appeals.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The terms of considering appeals and the working calendar they are counted on, with the law each comes from.
 * The defaults follow the Law "On appeals of individuals and legal entities" ZRU-445 of 11.09.2017 (articles to
 * confirm against lex.uz when the law is amended); each is a setting because the law changes.
 *
 * @param applicationDays applications and complaints are considered within fifteen days of receipt (art. 28)
 * @param studyMonths where extra study, a check or documents are needed, up to one month of receipt (art. 28)
 * @param headExtensionMonths the head of the body may extend the term once by up to one more month, telling the
 *        applicant (art. 28)
 * @param proposalMonths proposals are considered within one month of receipt (art. 28)
 * @param proposalNoticeDays where a proposal needs extra study, the applicant is told so in writing within ten days
 *        (art. 28)
 * @param superiorComplaintMonths a complaint about the answer may be filed to the superior body within one year
 * @param zone the time zone receipt times are read in
 * @param workdayEnd an appeal received on a working day before this time is registered that day, after it the next
 *        working day; registration is never refused
 * @param workingDays the days of the week the bodies work (a five-day week by default)
 * @param fixedHolidays the public holidays on the same date every year (Labour Code art. 132): New Year, Women's
 *        Day, Navruz, Remembrance Day, Independence Day, Teachers' Day, Constitution Day
 * @param holidays holidays of one year: the two Hayits move with the lunar calendar, and the Cabinet of Ministers
 *        moves days off each year; set yearly from the government's resolution
 * @param workingWeekends weekend days the government declares working days in exchange for a moved day off
 */
@ConfigurationProperties("yagona.appeals.terms")
public record TermSettings(@Nullable Integer applicationDays, @Nullable Integer studyMonths,
        @Nullable Integer headExtensionMonths, @Nullable Integer proposalMonths, @Nullable Integer proposalNoticeDays,
        @Nullable Integer superiorComplaintMonths, @Nullable ZoneId zone, @Nullable LocalTime workdayEnd,
        @Nullable Set<DayOfWeek> workingDays, @Nullable List<MonthDay> fixedHolidays,
        @Nullable List<LocalDate> holidays, @Nullable List<LocalDate> workingWeekends) {

    public TermSettings {
        applicationDays = positive(applicationDays, 15, "application-days");
        studyMonths = positive(studyMonths, 1, "study-months");
        headExtensionMonths = positive(headExtensionMonths, 1, "head-extension-months");
        proposalMonths = positive(proposalMonths, 1, "proposal-months");
        proposalNoticeDays = positive(proposalNoticeDays, 10, "proposal-notice-days");
        superiorComplaintMonths = positive(superiorComplaintMonths, 12, "superior-complaint-months");
        zone = zone == null ? ZoneId.of("Asia/Tashkent") : zone;
        workdayEnd = workdayEnd == null ? LocalTime.of(18, 0) : workdayEnd;
        workingDays = workingDays == null || workingDays.isEmpty() ? Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY) : Set.copyOf(workingDays);
        fixedHolidays = fixedHolidays == null ? List.of(MonthDay.of(1, 1), MonthDay.of(3, 8), MonthDay.of(3, 21),
                MonthDay.of(5, 9), MonthDay.of(9, 1), MonthDay.of(10, 1), MonthDay.of(12, 8))
                : List.copyOf(fixedHolidays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingWeekends = workingWeekends == null ? List.of() : List.copyOf(workingWeekends);
    }

    /** The defaults, as a body with no settings of its own counts. */
    public static TermSettings defaults() {
        return new TermSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static int positive(@Nullable Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("yagona.appeals.terms." + name + " must be at least 1");
        }
        return value;
    }
}
