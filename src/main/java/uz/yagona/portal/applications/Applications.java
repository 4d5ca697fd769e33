package uz.yagona.portal.applications;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.documents.Documents;
import uz.yagona.documents.NewDocument;
import uz.yagona.documents.Reader;
import uz.yagona.identity.PersonId;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;
import uz.yagona.payments.InvoicePaid;
import uz.yagona.payments.NewInvoice;
import uz.yagona.payments.Payer;
import uz.yagona.payments.Payments;
import uz.yagona.portal.Catalog;
import uz.yagona.portal.PublicService;
import uz.yagona.portal.PublicService.FormField;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;
import uz.yagona.signature.VerificationReport;
import uz.yagona.signature.WrongPin;

/**
 * Submits applications and moves them on: the form is checked against the catalog's definition, attachments are
 * stored by the documents module (and their sniffed type checked against the field), the applicant signs the
 * canonical form where the service requires it, a fee becomes an invoice whose payment starts the legal term.
 * Every failure leaves nothing stored.
 */
@Service
class Applications {

    /** Days the applicant has to pay the fee. */
    static final int DAYS_TO_PAY = 30;

    private final Catalog catalog;
    private final ApplicationStore store;
    private final RegistryFacts registries;
    private final Documents documents;
    private final Signatures signatures;
    private final Payments payments;
    private final Notifications notifications;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Applications(Catalog catalog, ApplicationStore store, RegistryFacts registries, Documents documents,
            Signatures signatures, Payments payments, Notifications notifications, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.registries = registries;
        this.documents = documents;
        this.signatures = signatures;
        this.payments = payments;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * An application being filled in: its number (taken now, so the exchange logs the prefill under it) and what
     * the registries gave; without consent, or when they know nothing, the form asks the applicant instead.
     */
    record Draft(String number, String serviceCode, LinkedHashMap<String, String> facts, boolean consented)
            implements Serializable {
    }

    /** A file from the form. */
    record Upload(String filename, byte[] content) {
    }

    /** What the applicant sends. */
    record Submission(Draft draft, Map<String, String> answers, Map<String, Upload> files,
            @Nullable String keySerial, @Nullable String pin, @Nullable String idempotencyKey, Locale language) {
    }

    PublicService service(String code) {
        return catalog.service(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "applications.service.unknown"));
    }

    java.util.Optional<PublicService> findService(String code) {
        return catalog.service(code);
    }

    Draft draft(PublicService service, PersonId person, Pinfl pinfl, boolean consent, Locale locale) {
        var number = store.nextNumber(clock.instant());
        var facts = consent ? registries.read(service.prefill(), person, pinfl, number, locale)
                : Map.<String, String>of();
        return new Draft(number, service.code(), new LinkedHashMap<>(facts), consent);
    }

    /** What the applicant declares because the registries did not give it: one field per prefill item. */
    static List<String> declared(PublicService service, Draft draft) {
        if (!draft.facts().isEmpty()) {
            return List.of();
        }
        return service.prefill().stream().sorted().map(item -> "declared." + item.name()).toList();
    }

    @Transactional
    Application submit(PersonId person, Pinfl pinfl, Submission submission) {
        var draft = submission.draft();
        if (submission.idempotencyKey() != null) {
            var earlier = store.byIdempotencyKey(person, submission.idempotencyKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var service = service(draft.serviceCode());
        // a sole proprietor applies as the person they are; legal entities apply through their representatives
        if (!service.applicants().contains(PublicService.Applicant.INDIVIDUAL)
                && !service.applicants().contains(PublicService.Applicant.SOLE_PROPRIETOR)) {
            throw new InvalidAnswers(Map.of("service",
                    new InvalidAnswers.Broken("applications.applicant.notIndividual")));
        }
        var broken = new LinkedHashMap<String, InvalidAnswers.Broken>();
        var facts = new LinkedHashMap<>(draft.facts());
        for (var field : declared(service, draft)) {
            var value = submission.answers().getOrDefault(field, "").strip();
            if (value.isEmpty()) {
                broken.put(field, new InvalidAnswers.Broken("applications.field.required"));
            } else if (value.length() > FormCheck.MAX_TEXT) {
                broken.put(field, new InvalidAnswers.Broken("applications.field.tooLong", FormCheck.MAX_TEXT));
            } else {
                facts.put(field, value);
            }
        }
        Map<String, String> answers = Map.of();
        try {
            answers = FormCheck.answers(service, submission.answers());
        } catch (InvalidAnswers invalid) {
            broken.putAll(invalid.fields());
        }
        var attachments = attach(service, pinfl, submission.files(), broken);
        if (service.signatureRequired()) {
            if (blank(submission.keySerial())) {
                broken.put("keySerial", new InvalidAnswers.Broken("applications.field.required"));
            }
            if (blank(submission.pin())) {
                broken.put("pin", new InvalidAnswers.Broken("applications.field.required"));
            }
        }
        if (!broken.isEmpty()) {
            throw new InvalidAnswers(broken);
        }
        Application.Signed signed = null;
        if (service.signatureRequired()) {
            signed = sign(pinfl, submission, canonical(draft.number(), service.code(), pinfl, answers, facts,
                    attachments));
        }
        var now = clock.instant();
        var application = Application.submit(draft.number(), service.code(), service.agencyCode(), person, pinfl,
                submission.language().toLanguageTag(), answers, facts, service.fee(), service.termDays(), signed,
                now);
        if (service.paid()) {
            var today = now.atZone(Application.UZBEKISTAN).toLocalDate();
            var invoice = payments.issue(new NewInvoice(Payer.of(pinfl), purpose(service, draft.number()),
                    service.fee(), draft.number(), today.plusDays(DAYS_TO_PAY)));
            application.invoiced(invoice.id().value());
        }
        store.insert(application, submission.idempotencyKey());
        attachments.forEach(attachment -> store.attach(draft.number(), attachment));
        notifications.notify(person, submission.language(), "applicationSubmitted",
                List.of(draft.number(), service.name().in(submission.language())), java.util.Set.of(Channel.IN_APP));
        return application;
    }

    /** The fee was paid: the term starts. Payments of other modules' invoices are none of ours. */
    @Transactional
    void paid(InvoicePaid paid) {
        store.lock(paid.reference()).ifPresent(application -> {
            if (application.paid(paid.paidAt())) {
                store.update(application);
            }
        });
    }

    @Nullable Application byIdempotencyKey(PersonId person, String key) {
        return store.byIdempotencyKey(person, key).orElse(null);
    }

    /** The applicant's own application. */
    Application mine(String number, PersonId person) {
        return store.find(number).filter(application -> application.applicant().equals(person))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "applications.notFound"));
    }

    List<Application> mine(PersonId person) {
        return store.of(person, 200);
    }

    @Transactional
    void answer(String number, PersonId person, String text) {
        var value = text.strip();
        if (value.isEmpty() || value.length() > FormCheck.MAX_LONG_TEXT) {
            throw new InvalidAnswers(Map.of("answer", value.isEmpty()
                    ? new InvalidAnswers.Broken("applications.field.required")
                    : new InvalidAnswers.Broken("applications.field.tooLong", FormCheck.MAX_LONG_TEXT)));
        }
        var application = store.lock(number).filter(found -> found.applicant().equals(person))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "applications.notFound"));
        application.answer(value, clock.instant());
        store.update(application);
    }

    List<Application.Event> history(String number) {
        return store.history(number);
    }

    List<ApplicationStore.Attachment> attachments(String number) {
        return store.attachments(number);
    }

    /** The applicant's signature checked again over the canonical form rebuilt from what is stored. */
    @Nullable VerificationReport checkSignature(Application application) {
        var cms = store.signature(application.number());
        if (cms.isEmpty()) {
            return null;
        }
        var canonical = canonical(application.number(), application.serviceCode(), application.applicantPinfl(),
                application.answers(), application.facts(), store.attachments(application.number()));
        return signatures.verify(canonical, cms.get());
    }

    LocalDate today() {
        return clock.instant().atZone(Application.UZBEKISTAN).toLocalDate();
    }

    private List<ApplicationStore.Attachment> attach(PublicService service, Pinfl pinfl, Map<String, Upload> files,
            Map<String, InvalidAnswers.Broken> broken) {
        var attachments = new java.util.ArrayList<ApplicationStore.Attachment>();
        for (var field : service.fields()) {
            if (field.type() != FormField.Type.FILE) {
                continue;
            }
            var upload = files.get(field.name());
            if (upload == null || upload.content().length == 0) {
                if (field.required()) {
                    broken.put(field.name(), new InvalidAnswers.Broken("applications.field.required"));
                }
                continue;
            }
            try {
                var document = documents.store(new NewDocument(title(upload.filename()), "application-attachment",
                        service.agencyCode(), pinfl, upload.content(), null));
                var type = documents.versions(document, new Reader.Person(pinfl)).getFirst().mediaType();
                if (!field.mediaTypes().isEmpty() && !field.mediaTypes().contains(type)) {
                    broken.put(field.name(), new InvalidAnswers.Broken("applications.file.type",
                            String.join(", ", field.mediaTypes())));
                } else {
                    attachments.add(new ApplicationStore.Attachment(field.name(), document.value(), type,
                            title(upload.filename())));
                }
            } catch (InvalidValueException refused) {
                broken.put(field.name(), field.mediaTypes().isEmpty()
                        ? new InvalidAnswers.Broken(refused.rule(), refused.arguments())
                        : new InvalidAnswers.Broken("applications.file.type", String.join(", ", field.mediaTypes())));
            }
        }
        return attachments;
    }

    private Application.Signed sign(Pinfl pinfl, Submission submission, byte[] canonical) {
        byte[] cms;
        try {
            cms = signatures.sign(pinfl, submission.keySerial(), submission.pin(), canonical);
        } catch (WrongPin wrong) {
            throw new InvalidAnswers(Map.of("pin", new InvalidAnswers.Broken(wrong.rule())));
        } catch (InvalidValueException refused) {
            throw new InvalidAnswers(Map.of("keySerial", new InvalidAnswers.Broken(refused.rule(),
                    refused.arguments())));
        }
        var report = signatures.verify(canonical, cms);
        var signer = report.signers().isEmpty() ? null : report.signers().getFirst().name();
        return new Application.Signed(cms, report.valid(), signer);
    }

    /**
     * What the applicant signs: number, service, applicant, answers, facts and attachments' document ids as JSON
     * with sorted keys, so it can be rebuilt from what is stored and the signature checked again.
     */
    byte[] canonical(String number, String service, Pinfl pinfl, Map<String, String> answers,
            Map<String, String> facts, List<ApplicationStore.Attachment> attachments) {
        var form = new LinkedHashMap<String, Object>();
        form.put("number", number);
        form.put("service", service);
        form.put("applicant", pinfl.value());
        form.put("answers", new TreeMap<>(answers));
        form.put("facts", new TreeMap<>(facts));
        var files = new TreeMap<String, String>();
        attachments.forEach(attachment -> files.put(attachment.field(), attachment.document().toString()));
        form.put("attachments", files);
        return json.writeValueAsString(form).getBytes(StandardCharsets.UTF_8);
    }

    private static String purpose(PublicService service, String number) {
        var purpose = "Davlat boji: " + service.name().uzLatn() + " (" + number + ")";
        return purpose.length() > 500 ? purpose.substring(0, 500) : purpose;
    }

    private static String title(String filename) {
        var name = filename.isBlank() ? "attachment" : filename.strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
