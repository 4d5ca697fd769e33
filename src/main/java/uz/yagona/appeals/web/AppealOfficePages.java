package uz.yagona.appeals.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.AppealStatus;
import uz.yagona.appeals.Appeals;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Soato;
import uz.yagona.signature.Signatures;

/**
 * The body's appeals on pages, for a signed-in official: the queue of the bodies they are appointed to (with the
 * appeals escalated to them), soonest due first, and one appeal with its text, applicant, attachments, steps and
 * term, where the officer asks for more, forwards, answers in the interim and finally with a signature, and the
 * head extends the term once. The same steps as {@link OfficeApi}; another body's appeal is not found.
 */
@Controller
class AppealOfficePages {

    private static final int QUEUE = 500;
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Processing processing;
    private final Appeals appeals;
    private final AppealDesk desk;
    private final Signatures signatures;
    private final Divisions divisions;
    private final MessageSource texts;

    AppealOfficePages(Processing processing, Appeals appeals, AppealDesk desk, Signatures signatures,
            Divisions divisions, MessageSource texts) {
        this.processing = processing;
        this.appeals = appeals;
        this.desk = desk;
        this.signatures = signatures;
        this.divisions = divisions;
        this.texts = texts;
    }

    /** A line of the queue: {@code daysLeft} is negative once overdue; escalated means sent up to this body. */
    record Line(String number, String kind, @Nullable String topic, String status, LocalDate filed, LocalDate due,
            long daysLeft, boolean overdue, boolean escalated) {
    }

    /** A step of the appeal as the official reads it: when (Tashkent time), what, by whom, with its note. */
    record Step(String at, String kind, String actor, @Nullable String note) {
    }

    @GetMapping("/office/appeals")
    String queue(Principal principal, Model model) {
        var official = desk.official(principal);
        var today = processing.today();
        var rows = run(() -> processing.queue(official, QUEUE)).stream()
                .map(a -> new Line(a.number(), a.kind().name(), a.topic(), a.status().name(),
                        a.receivedAt().atZone(TASHKENT).toLocalDate(), a.term().due(), a.term().daysLeft(today),
                        a.term().overdueOn(today),
                        a.escalatedTo() != null && official.agencies().contains(a.escalatedTo())))
                .toList();
        model.addAttribute("bodies", official.agencies().stream().sorted().toList());
        model.addAttribute("rows", rows);
        model.addAttribute("dispatcher", official.roles().contains(Processing.DISPATCHER));
        return "appeals/office-queue";
    }

    @GetMapping("/office/appeals/{number}")
    String one(@PathVariable String number, @RequestParam(required = false) @Nullable String done,
            Principal principal, Model model, Locale locale) {
        var official = desk.official(principal);
        var appeal = run(() -> processing.one(official, number));
        if (done != null && done.matches("info-request|forward|interim-answer|answer|extension")) {
            model.addAttribute("done", done);
        }
        return show(official, appeal, Map.of(), Map.of(), model, locale);
    }

    @PostMapping("/office/appeals/{number}/{action:info-request|forward|interim-answer|answer|extension}")
    String step(@PathVariable String number, @PathVariable String action, @RequestParam Map<String, String> form,
            Principal principal, Model model, Locale locale) {
        var official = desk.official(principal);
        var appeal = run(() -> processing.one(official, number));
        try {
            run(() -> switch (action) {
                case "info-request" -> processing.askForMore(official, number, value(form, "question"));
                case "forward" -> processing.forward(official, number, required("agency", form.get("agency")),
                        value(form, "forward-reason"));
                case "interim-answer" -> processing.interim(official, number, value(form, "interim"));
                case "answer" -> processing.answer(official, number, value(form, "answer"),
                        required("keySerial", form.get("keySerial")), required("pin", form.get("pin")));
                default -> processing.extend(official, number, date(form.get("until")),
                        value(form, "extension-reason"));
            });
        } catch (InvalidAppeal invalid) {
            return show(official, appeal, errors(action, invalid, locale), drafts(action, form), model, locale);
        } catch (InvalidValueException refused) {
            // the term's rules (one extension, its range) speak of the new due day, or else of the step
            var message = texts.getMessage(refused.rule(), refused.arguments(), refused.rule(), locale);
            return show(official, appeal, Map.of(action.equals("extension") ? "until" : "step", message),
                    drafts(action, form), model, locale);
        } catch (Processing.Refused refused) {
            if (!refused.conflict()) {
                throw OfficeApi.status(refused);
            }
            return show(official, processing.one(official, number),
                    Map.of("step", texts.getMessage(refused.rule(), null, locale)), Map.of(), model, locale);
        }
        return "redirect:/office/appeals/" + appeal.number() + "?done=" + action + "#done";
    }

    /** The address a form was sent to, opened again (the language switch of a page with errors): the appeal. */
    @GetMapping("/office/appeals/{number}/{action:info-request|forward|interim-answer|answer|extension}")
    String reopen(@PathVariable String number, @RequestParam(required = false) @Nullable String lang) {
        return "redirect:/office/appeals/" + number + (lang == null || !lang.matches("[A-Za-z-]{2,8}") ? ""
                : "?lang=" + lang);
    }

    @GetMapping("/office/appeals/{number}/attachments/{position:[0-9]{1,3}}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable int position, Principal principal) {
        var official = desk.official(principal);
        var appeal = run(() -> processing.one(official, number));
        var file = appeal.attachments().stream().filter(a -> a.position() == position).findFirst()
                .orElseThrow(() -> OfficeApi.status(new Processing.Refused("appeals.number.unknown", false)));
        var content = run(() -> processing.attachment(official, number, position));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /**
     * Each form names its fields apart (the processing's field name to the form's): an error stands beside the
     * field of the form that was sent.
     */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "info-request", Map.of("question", "question"),
            "forward", Map.of("agency", "agency", "reason", "forward-reason"),
            "interim-answer", Map.of("answer", "interim"),
            "answer", Map.of("answer", "answer", "keySerial", "keySerial", "pin", "pin"),
            "extension", Map.of("until", "until", "reason", "extension-reason"));

    private Map<String, String> errors(String action, InvalidAppeal invalid, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        invalid.fields().forEach((field, rule) -> errors.put(FIELDS.get(action).getOrDefault(field, "step"),
                texts.getMessage(rule.key(), rule.arguments(), rule.key(), locale)));
        return errors;
    }

    /** What the official wrote in the form that failed, to show it again (never the PIN). */
    private static Map<String, String> drafts(String action, Map<String, String> form) {
        var drafts = new LinkedHashMap<String, String>();
        FIELDS.get(action).values().stream().filter(id -> !id.equals("pin") && form.containsKey(id))
                .forEach(id -> drafts.put(id, form.get(id)));
        return drafts;
    }

    private String show(Processing.Official official, Appeal appeal, Map<String, String> errors,
            Map<String, String> drafts, Model model, Locale locale) {
        var today = processing.today();
        model.addAttribute("a", appeal);
        model.addAttribute("today", today);
        model.addAttribute("daysLeft", appeal.term().daysLeft(today));
        model.addAttribute("overdue", appeal.term().overdueOn(today));
        model.addAttribute("filed", WHEN.format(appeal.receivedAt().atZone(TASHKENT)));
        model.addAttribute("district", appeal.district() == null ? null : divisions.district(
                Soato.ofDistrict(appeal.district())).map(d -> d.name().in(locale)).orElse(appeal.district()));
        model.addAttribute("steps", appeals.steps(appeal.number()).stream().map(step -> new Step(
                WHEN.format(step.at().atZone(TASHKENT)), step.kind(), step.actor(), step.note())).toList());
        model.addAttribute("answer", processing.answerOf(appeal.number()).map(answer -> new SignedAnswer(
                answer.text(), answer.officialName(), answer.agency(),
                WHEN.format(answer.answeredAt().atZone(TASHKENT)))).orElse(null));
        model.addAttribute("open", appeal.status() == AppealStatus.IN_REVIEW
                || appeal.status() == AppealStatus.INFO_REQUESTED);
        model.addAttribute("officer", official.roles().contains(Processing.OFFICER));
        model.addAttribute("head", official.roles().contains(Processing.HEAD));
        model.addAttribute("keys", signatures.keys(official.pinfl()).stream()
                .filter(key -> "OFFICIAL".equals(key.profile())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("drafts", drafts);
        return "appeals/office-appeal";
    }

    /** The signed answer as the page shows it. */
    record SignedAnswer(String text, String officialName, String agency, String at) {
    }

    private static String value(Map<String, String> form, String field) {
        var value = form.get(field);
        return value == null ? "" : value;
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidAppeal(field, "appeals.field.required");
        }
        return value;
    }

    private static LocalDate date(@Nullable String value) {
        try {
            return LocalDate.parse(required("until", value).strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidAppeal("until", "appeals.office.date");
        }
    }

    interface Action<T> {
        T run();
    }

    /** A step refused because the official may not act, or the appeal is not theirs, is a 403 or a 404 page. */
    static <T> T run(Action<T> action) {
        try {
            return action.run();
        } catch (Processing.Refused refused) {
            if (refused.conflict()) {
                throw refused;
            }
            throw OfficeApi.status(refused);
        }
    }
}
