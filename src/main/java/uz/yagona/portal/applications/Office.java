package uz.yagona.portal.applications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officer;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;
import uz.yagona.payments.InvoiceId;
import uz.yagona.payments.InvoiceStatus;
import uz.yagona.payments.Payments;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * The officers' side: the queue of their agency's applications by due date, and the decisions on one (take in
 * review, ask for more information, reject with a reason, approve and issue the signed result). An officer sees
 * the applications of services whose agency is under the same ministry as their own appointment.
 */
@Service
class Office {

    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;
    private final ApplicationStore store;
    private final Applications applications;
    private final ResultIssuer results;
    private final Payments payments;
    private final Notifications notifications;
    private final Clock clock;

    Office(Persons persons, Officers officers, Agencies agencies, ApplicationStore store, Applications applications,
            ResultIssuer results, Payments payments, Notifications notifications, Clock clock) {
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
        this.store = store;
        this.applications = applications;
        this.results = results;
        this.payments = payments;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** An officer at work: the appointment, the agency's code and its ministry. */
    record Desk(Officer officer, Pinfl pinfl, String agencyCode, String agencyRoot) {
    }

    /** The signed-in person's first appointment, if they are an officer at all. */
    Optional<Desk> desk(Pinfl pinfl) {
        return persons.findByPinfl(pinfl).stream().flatMap(person -> officers.of(person.id()).stream())
                .flatMap(officer -> agencies.find(officer.agency()).stream()
                        .map(agency -> new Desk(officer, pinfl, agency.code(), Application.agencyRoot(agency.code()))))
                .findFirst();
    }

    Desk requireDesk(Pinfl pinfl) {
        return desk(pinfl).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "applications.office.none"));
    }

    List<Application> queue(Desk desk, @Nullable String serviceCode) {
        return store.queue(desk.agencyRoot(), serviceCode == null || serviceCode.isBlank() ? null : serviceCode, 500);
    }

    Application open(Desk desk, String number) {
        return mine(desk, store.find(number));
    }

    @Transactional
    void take(Desk desk, String number) {
        var application = mine(desk, store.lock(number));
        application.take(desk.officer().id(), clock.instant());
        store.update(application);
    }

    @Transactional
    void askForMoreInformation(Desk desk, String number, String request) {
        decide(desk, number, "request", request, "applicationMoreInfo",
                (application, text) -> application.askForMoreInformation(desk.officer().id(), text, clock.instant()));
    }

    @Transactional
    void reject(Desk desk, String number, String reason) {
        decide(desk, number, "reason", reason, "applicationRejected",
                (application, text) -> application.reject(desk.officer().id(), text, clock.instant()));
    }

    /** A decision that needs a text (the field's), told to the applicant with that text. */
    private void decide(Desk desk, String number, String field, @Nullable String given, String template,
            java.util.function.BiConsumer<Application, String> decision) {
        var text = required(field, given);
        var application = mine(desk, store.lock(number));
        decision.accept(application, text);
        store.update(application);
        tell(application, template, text);
    }

    /** Approves once the fee is paid, signs the result with the officer's key and issues it to the applicant. */
    @Transactional
    void approve(Desk desk, String number, @Nullable String keySerial, @Nullable String pin) {
        var application = mine(desk, store.lock(number));
        var invoice = application.invoiceId();
        if (invoice != null && payments.find(new InvoiceId(invoice))
                .filter(found -> found.status() == InvoiceStatus.PAID).isEmpty()) {
            throw new InvalidValueException("applications.approve.unpaid", "the fee is not paid", number);
        }
        var serial = required("keySerial", keySerial);
        var secret = required("pin", pin);
        application.approve(desk.officer().id(), clock.instant());
        var service = applications.service(application.serviceCode());
        var result = results.issue(application, service, desk, serial, secret);
        application.issued(result, clock.instant());
        store.update(application);
        tell(application, "applicationIssued", result.registrationNumber());
    }

    private Application mine(Desk desk, Optional<Application> found) {
        var application = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "applications.notFound"));
        if (!application.agencyRoot().equals(desk.agencyRoot())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "applications.office.otherAgency");
        }
        return application;
    }

    /** A decision reaches the applicant in the cabinet and by e-mail, where the national ID has an address. */
    private void tell(Application application, String template, String detail) {
        var language = Locale.forLanguageTag(application.language());
        var service = applications.service(application.serviceCode());
        notifications.notify(application.applicant(), language, template,
                List.of(application.number(), service.name().in(language), detail),
                Set.of(Channel.IN_APP, Channel.EMAIL));
    }

    private static String required(String field, @Nullable String value) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidAnswers(Map.of(field, new InvalidAnswers.Broken("applications.field.required")));
        }
        if (text.length() > FormCheck.MAX_LONG_TEXT) {
            throw new InvalidAnswers(Map.of(field, new InvalidAnswers.Broken("applications.field.tooLong",
                    FormCheck.MAX_LONG_TEXT)));
        }
        return text;
    }
}
