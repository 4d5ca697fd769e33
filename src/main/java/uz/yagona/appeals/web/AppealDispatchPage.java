package uz.yagona.appeals.web;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.Routing;
import uz.yagona.appeals.Topic;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Soato;

/**
 * The dispatchers' page: appeals the model was unsure of, oldest first, each with the model's guess, how sure it
 * was and the words that weighed most, and a form to route it to a topic and a body. The choice is kept with the
 * model's guess as training data, as over the API.
 */
@Controller
class AppealDispatchPage {

    private static final int QUEUE = 200;
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Processing processing;
    private final AppealDesk desk;
    private final Routing routing;
    private final MessageSource texts;

    AppealDispatchPage(Processing processing, AppealDesk desk, Routing routing, MessageSource texts) {
        this.processing = processing;
        this.desk = desk;
        this.routing = routing;
        this.texts = texts;
    }

    /**
     * An appeal waiting for a dispatcher: {@code confidence} and {@code minConfidence} in percent, {@code suggested}
     * the body the routing table gives for the guess in the appeal's district; the form's values and errors.
     */
    record Waiting(Appeal appeal, String filed, @Nullable String guess, @Nullable String confidence,
            @Nullable String minConfidence, List<String> explanation, @Nullable String suggested, String topic,
            String agency, Map<String, String> errors) {
    }

    @GetMapping("/office/appeals/dispatch")
    String queue(@RequestParam(required = false) @Nullable String routed, Principal principal, Model model,
            Locale locale) {
        if (routed != null) {
            model.addAttribute("routed", routed);
        }
        return show(desk.official(principal), null, "", "", Map.of(), model, locale);
    }

    @PostMapping("/office/appeals/dispatch/{number}")
    String route(@PathVariable String number, @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "") String agency, Principal principal, Model model, Locale locale) {
        var official = desk.official(principal);
        try {
            AppealOfficePages.run(() -> processing.route(official, number, required("topic", topic),
                    required("agency", agency)));
        } catch (InvalidAppeal invalid) {
            var errors = new LinkedHashMap<String, String>();
            invalid.fields().forEach((field, rule) -> errors.put(field,
                    texts.getMessage(rule.key(), rule.arguments(), rule.key(), locale)));
            return show(official, number, topic, agency, errors, model, locale);
        } catch (Processing.Refused refused) {
            return show(official, number, topic, agency, Map.of("step", texts.getMessage(refused.rule(), null,
                    locale)), model, locale);
        }
        return "redirect:/office/appeals/dispatch?routed=" + number;
    }

    /** The address a routing was sent to, opened again (the language switch of a page with errors): the queue. */
    @GetMapping("/office/appeals/dispatch/{number}")
    String reopen(@PathVariable String number, @RequestParam(required = false) @Nullable String lang) {
        return "redirect:/office/appeals/dispatch" + (lang == null || !lang.matches("[A-Za-z-]{2,8}") ? ""
                : "?lang=" + lang);
    }

    /** The queue; the appeal {@code failed} (if any) keeps what the dispatcher chose and the errors beside it. */
    private String show(Processing.Official official, @Nullable String failed, String topic, String agency,
            Map<String, String> errors, Model model, Locale locale) {
        var waiting = AppealOfficePages.run(() -> processing.dispatchQueue(official, QUEUE)).stream()
                .map(appeal -> waiting(official, appeal, appeal.number().equals(failed), topic, agency, errors))
                .toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("answers", official.roles().contains(Processing.OFFICER)
                || official.roles().contains(Processing.HEAD));
        model.addAttribute("topics", Arrays.stream(Topic.values()).map(Topic::code).toList());
        model.addAttribute("stepError", failed != null && errors.containsKey("step") ? errors.get("step") : null);
        return "appeals/dispatch";
    }

    private Waiting waiting(Processing.Official official, Appeal appeal, boolean failed, String topic, String agency,
            Map<String, String> errors) {
        var guess = processing.guess(official, appeal.number()).orElse(null);
        String suggested = null;
        if (guess != null) {
            suggested = Topic.ofCode(guess.topic()).map(t -> body(t, appeal.district())).orElse(null);
        }
        return new Waiting(appeal, WHEN.format(appeal.receivedAt().atZone(TASHKENT)),
                guess == null ? null : guess.topic(), guess == null ? null : percent(guess.confidence()),
                guess == null ? null : percent(guess.minConfidence()),
                guess == null ? List.of() : guess.explanation(), suggested,
                failed ? topic : guess == null ? "" : guess.topic(),
                failed ? agency : suggested == null ? "" : suggested, failed ? errors : Map.of());
    }

    private @Nullable String body(Topic topic, @Nullable String district) {
        try {
            return routing.responsibleFor(topic, district == null ? null : Soato.ofDistrict(district)).code();
        } catch (InvalidValueException unknownPlace) {
            return null;
        }
    }

    private static String percent(double share) {
        return String.valueOf(Math.round(share * 100));
    }

    private static String required(String field, String value) {
        if (value.isBlank()) {
            throw new InvalidAppeal(field, "appeals.field.required");
        }
        return value;
    }
}
