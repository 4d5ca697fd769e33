package uz.yagona.portal.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.identity.PersonId;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;

/**
 * One application (<i>ariza</i>) and the rules of its life: the legal term runs from submission, or from payment
 * when a fee is due; an officer takes it in review, asks for more information, rejects it with a reason or
 * approves it once the fee is paid, and the result is issued. Each transition checks the state it starts from and
 * records an event of the history.
 */
final class Application {

    static final ZoneId UZBEKISTAN = ZoneId.of("Asia/Tashkent");

    private final String number;
    private final String serviceCode;
    private final String agencyCode;
    private final PersonId applicant;
    private final Pinfl applicantPinfl;
    private final String language;
    private final Map<String, String> answers;
    private final Map<String, String> facts;
    private final Money fee;
    private final int termDays;
    private final Instant submittedAt;
    private final @Nullable Signed signature;
    private ApplicationStatus status;
    private @Nullable UUID invoiceId;
    private @Nullable Instant termStartedAt;
    private @Nullable LocalDate dueDate;
    private @Nullable UUID officerId;
    private @Nullable String reason;
    private @Nullable String infoRequest;
    private @Nullable Result result;
    private @Nullable Instant closedAt;
    private final List<Event> recorded = new ArrayList<>();

    /** The applicant's CMS signature over the application's canonical form, as the verifier judged it. */
    record Signed(byte[] cms, boolean valid, @Nullable String signer) {
    }

    /** The issued result: the stored document, its registration number and, for a licence, its number. */
    record Result(UUID document, String registrationNumber, @Nullable String licenceNumber) {
    }

    /** One line of the history. */
    record Event(Instant at, String kind, Actor actor, @Nullable String note) {
    }

    enum Actor { APPLICANT, OFFICER, PAYMENTS, SYSTEM }

    private Application(Stored stored) {
        this.number = stored.number();
        this.serviceCode = stored.serviceCode();
        this.agencyCode = stored.agencyCode();
        this.applicant = stored.applicant();
        this.applicantPinfl = stored.applicantPinfl();
        this.language = stored.language();
        this.answers = Map.copyOf(stored.answers());
        this.facts = new java.util.LinkedHashMap<>(stored.facts());
        this.fee = stored.fee();
        this.termDays = stored.termDays();
        this.submittedAt = stored.submittedAt();
        this.signature = stored.signature();
        this.status = stored.status();
        this.invoiceId = stored.invoiceId();
        this.termStartedAt = stored.termStartedAt();
        this.dueDate = stored.dueDate();
        this.officerId = stored.officerId();
        this.reason = stored.reason();
        this.infoRequest = stored.infoRequest();
        this.result = stored.result();
        this.closedAt = stored.closedAt();
    }

    /** Every column as the store keeps it. */
    record Stored(String number, String serviceCode, String agencyCode, PersonId applicant, Pinfl applicantPinfl,
            String language, Map<String, String> answers, Map<String, String> facts, Money fee, int termDays,
            Instant submittedAt, @Nullable Signed signature, ApplicationStatus status, @Nullable UUID invoiceId,
            @Nullable Instant termStartedAt, @Nullable LocalDate dueDate, @Nullable UUID officerId,
            @Nullable String reason, @Nullable String infoRequest, @Nullable Result result,
            @Nullable Instant closedAt) {
    }

    static Application restore(Stored stored) {
        return new Application(stored);
    }

    /** A new application: awaiting payment when a fee is due, else submitted with its term running from now. */
    static Application submit(String number, String serviceCode, String agencyCode, PersonId applicant,
            Pinfl pinfl, String language, Map<String, String> answers, Map<String, String> facts, Money fee,
            int termDays, @Nullable Signed signature, Instant now) {
        var application = new Application(new Stored(number, serviceCode, agencyCode, applicant, pinfl, language,
                answers, facts, fee, termDays, now, signature,
                fee.isZero() ? ApplicationStatus.SUBMITTED : ApplicationStatus.AWAITING_PAYMENT, null, null, null,
                null, null, null, null, null));
        application.record(now, "SUBMITTED", Actor.APPLICANT, null);
        if (fee.isZero()) {
            application.startTerm(now);
        }
        return application;
    }

    /** The fee's invoice, issued with the application. */
    void invoiced(UUID invoice) {
        this.invoiceId = invoice;
    }

    /** The fee was paid: the legal term starts. A second notice of the same payment changes nothing. */
    boolean paid(Instant at) {
        if (status != ApplicationStatus.AWAITING_PAYMENT) {
            return false;
        }
        status = ApplicationStatus.SUBMITTED;
        record(at, "PAID", Actor.PAYMENTS, null);
        startTerm(at);
        return true;
    }

    void take(UUID officer, Instant now) {
        require(EnumSet.of(ApplicationStatus.SUBMITTED), "take");
        status = ApplicationStatus.IN_REVIEW;
        officerId = officer;
        record(now, "IN_REVIEW", Actor.OFFICER, null);
    }

    void askForMoreInformation(UUID officer, String request, Instant now) {
        require(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW), "askMore");
        status = ApplicationStatus.MORE_INFO_REQUESTED;
        officerId = officer;
        infoRequest = request;
        record(now, "MORE_INFO_REQUESTED", Actor.OFFICER, request);
    }

    void answer(String text, Instant now) {
        require(EnumSet.of(ApplicationStatus.MORE_INFO_REQUESTED), "answer");
        status = ApplicationStatus.IN_REVIEW;
        record(now, "MORE_INFO_GIVEN", Actor.APPLICANT, text);
    }

    void reject(UUID officer, String why, Instant now) {
        require(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
                ApplicationStatus.MORE_INFO_REQUESTED), "reject");
        status = ApplicationStatus.REJECTED;
        officerId = officer;
        reason = why;
        closedAt = now;
        record(now, "REJECTED", Actor.OFFICER, why);
    }

    /** Approval needs the fee paid; the result is issued in the same step. */
    void approve(UUID officer, Instant now) {
        if (status == ApplicationStatus.AWAITING_PAYMENT) {
            throw new InvalidValueException("applications.approve.unpaid", "the fee is not paid", number);
        }
        require(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW), "approve");
        status = ApplicationStatus.APPROVED;
        officerId = officer;
        record(now, "APPROVED", Actor.OFFICER, null);
    }

    void issued(Result issued, Instant now) {
        require(EnumSet.of(ApplicationStatus.APPROVED), "issue");
        status = ApplicationStatus.ISSUED;
        result = issued;
        closedAt = now;
        record(now, "ISSUED", Actor.SYSTEM, issued.registrationNumber());
    }

    /** Days left of the legal term on {@code today} (negative when overdue); null while the term has not started. */
    @Nullable Long daysLeft(LocalDate today) {
        return dueDate == null || status.closed() ? null : ChronoUnit.DAYS.between(today, dueDate);
    }

    boolean overdue(LocalDate today) {
        var left = daysLeft(today);
        return left != null && left < 0;
    }

    private void startTerm(Instant at) {
        termStartedAt = at;
        dueDate = at.atZone(UZBEKISTAN).toLocalDate().plusDays(termDays);
    }

    private void require(EnumSet<ApplicationStatus> from, String action) {
        if (!from.contains(status)) {
            throw new InvalidValueException("applications.status.wrong",
                    "cannot " + action + " an application that is " + status, number, status);
        }
    }

    private void record(Instant at, String kind, Actor actor, @Nullable String note) {
        recorded.add(new Event(at, kind, actor, note));
    }

    /** The events recorded since it was loaded, for the store to append. */
    List<Event> recorded() {
        return List.copyOf(recorded);
    }

    String number() { return number; }
    String serviceCode() { return serviceCode; }
    String agencyCode() { return agencyCode; }
    String agencyRoot() { return agencyRoot(agencyCode); }
    PersonId applicant() { return applicant; }
    Pinfl applicantPinfl() { return applicantPinfl; }
    String language() { return language; }
    Map<String, String> answers() { return answers; }
    Map<String, String> facts() { return java.util.Collections.unmodifiableMap(facts); }
    Money fee() { return fee; }
    int termDays() { return termDays; }
    Instant submittedAt() { return submittedAt; }
    @Nullable Signed signature() { return signature; }
    ApplicationStatus status() { return status; }
    @Nullable UUID invoiceId() { return invoiceId; }
    @Nullable Instant termStartedAt() { return termStartedAt; }
    @Nullable LocalDate dueDate() { return dueDate; }
    @Nullable UUID officerId() { return officerId; }
    @Nullable String reason() { return reason; }
    @Nullable String infoRequest() { return infoRequest; }
    @Nullable Result result() { return result; }
    @Nullable Instant closedAt() { return closedAt; }

    /** The ministry an agency code belongs to: {@code MBB} for {@code MBB.1726.1726266}. */
    static String agencyRoot(String agencyCode) {
        int dot = agencyCode.indexOf('.');
        return dot < 0 ? agencyCode : agencyCode.substring(0, dot);
    }
}
