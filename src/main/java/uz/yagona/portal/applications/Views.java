package uz.yagona.portal.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uz.yagona.portal.Catalog;
import uz.yagona.portal.PublicService;
import uz.yagona.shared.InvalidValueException;

/** What the pages show of applications and forms, in the reader's language. */
@Component
class Views {

    private final Catalog catalog;
    private final MessageSource messages;

    Views(Catalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    /** One row of a list or the head of a detail page. */
    record Row(String number, String serviceCode, String serviceName, String status, @Nullable LocalDate dueDate,
            @Nullable Long daysLeft, boolean overdue, String submittedOn) {
    }

    /** A form field as the page draws it. */
    record Field(String name, String label, String type, boolean required, List<Option> options, String accept) {
    }

    record Option(String value, String label) {
    }

    Row row(Application application, LocalDate today, Locale locale) {
        return new Row(application.number(), application.serviceCode(), serviceName(application.serviceCode(), locale),
                application.status().name(), application.dueDate(), application.daysLeft(today),
                application.overdue(today),
                application.submittedAt().atZone(Application.UZBEKISTAN).toLocalDate().toString());
    }

    String serviceName(String code, Locale locale) {
        return catalog.service(code).map(service -> service.name().in(locale)).orElse(code);
    }

    List<Field> fields(PublicService service, List<String> declared, Locale locale) {
        var fields = new ArrayList<Field>();
        for (var name : declared) {
            var item = name.substring("declared.".length());
            fields.add(new Field(name, text("applications.prefill." + item, locale), "TEXT", true, List.of(), ""));
        }
        for (var field : service.fields()) {
            fields.add(new Field(field.name(), field.label().in(locale), field.type().name(), field.required(),
                    field.options().stream().map(option -> new Option(option.value(), option.label().in(locale)))
                            .toList(),
                    String.join(",", field.mediaTypes())));
        }
        return fields;
    }

    /** Facts in their fixed order, with labels; what the applicant declared is labelled as such. */
    Map<String, String> facts(Map<String, String> facts, Locale locale) {
        var shown = new LinkedHashMap<String, String>();
        for (var key : RegistryFacts.ORDER) {
            if (facts.containsKey(key)) {
                shown.put(text("applications.fact." + key, locale), facts.get(key));
            }
        }
        facts.keySet().stream().filter(key -> key.startsWith("declared.")).sorted().forEach(key -> shown.put(
                text("applications.prefill." + key.substring("declared.".length()), locale), facts.get(key)));
        return shown;
    }

    /** Answers with their fields' labels, in the form's order. */
    Map<String, String> answers(PublicService service, Map<String, String> answers, Locale locale) {
        var shown = new LinkedHashMap<String, String>();
        for (var field : service.fields()) {
            var value = answers.get(field.name());
            if (value != null) {
                var option = field.options().stream().filter(o -> o.value().equals(value)).findFirst();
                shown.put(field.label().in(locale), option.map(o -> o.label().in(locale)).orElse(value));
            }
        }
        return shown;
    }

    Map<String, String> errors(InvalidAnswers invalid, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        invalid.fields().forEach((field, broken) -> errors.put(field,
                messages.getMessage(broken.rule(), broken.arguments(), broken.rule(), locale)));
        return errors;
    }

    /** A broken rule of another kind (a status that does not allow the action, a module's own rule). */
    String message(InvalidValueException refused, Locale locale) {
        return messages.getMessage(refused.rule(), refused.arguments(), refused.rule(), locale);
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
