package uz.yagona.appeals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.AppealKind;
import uz.yagona.appeals.AppealStatus;
import uz.yagona.appeals.Appeals;
import uz.yagona.appeals.Applicant;
import uz.yagona.appeals.Channel;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.NewAppeal;
import uz.yagona.appeals.Topic;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) so that existing city-issue clients file located
 * issues such as a broken road or a leak: the topics are the services, a request is registered as an appeal with
 * its legal term. Filing takes an API key and a name with an e-mail or phone: an anonymous appeal is refused with
 * the reason the law gives. Reading shows requests without the applicant's name or contacts.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "Located issues from Open311 clients, in JSON or XML")
class Open311Api {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}";
    private static final String PHONE = "\\+?[0-9]{9,15}";
    /** Our field names as Open311 clients know them. */
    private static final Map<String, String> OPEN311_NAMES = Map.of("text", "description", "latitude", "lat",
            "longitude", "long", "address", "address_string", "district", "attribute[district]", "topic",
            "service_code", "kind", "service_code");

    private final Appeals appeals;
    private final Open311Settings settings;
    private final MessageSource messages;

    Open311Api(Appeals appeals, Open311Settings settings, MessageSource messages) {
        this.appeals = appeals;
        this.settings = settings;
        this.messages = messages;
    }

    @Operation(summary = "Service list: the topics located issues are filed under")
    @GetMapping({"/services", "/services.{format}"})
    ResponseEntity<String> services(@PathVariable(required = false) @Nullable String format,
            @RequestHeader(name = "Accept", defaultValue = "") String accept, Locale locale) {
        var out = format(format, accept);
        if (out == null) {
            return Open311Format.JSON.errors(HttpStatus.NOT_FOUND, List.of(text("appeals.open311.format", locale)));
        }
        var services = new ArrayList<Map<String, Object>>();
        for (var topic : Topic.values()) {
            var code = topic.code();
            var service = new LinkedHashMap<String, Object>();
            service.put("service_code", code);
            service.put("service_name", text("appeals.topic." + code, locale));
            service.put("description", text("appeals.topic." + code, locale));
            service.put("metadata", false);
            service.put("type", "realtime");
            service.put("keywords", code.replace('-', ','));
            service.put("group", "appeals");
            services.add(service);
        }
        return out.write(HttpStatus.OK, "services", "service", services);
    }

    @Operation(summary = "File a located issue",
            description = "Form fields as GeoReport v2: api_key, service_code, lat and long or address_string or "
                    + "address_id, description, first_name, last_name, email or phone, media_url; "
                    + "attribute[district] takes a SOATO district code.")
    @PostMapping({"/requests", "/requests.{format}"})
    ResponseEntity<String> file(@PathVariable(required = false) @Nullable String format,
            @RequestHeader(name = "Accept", defaultValue = "") String accept,
            @RequestParam Map<String, String> form, Locale locale) {
        var out = format(format, accept);
        if (out == null) {
            return Open311Format.JSON.errors(HttpStatus.NOT_FOUND, List.of(text("appeals.open311.format", locale)));
        }
        var apiKey = form.getOrDefault("api_key", "");
        if (apiKey.isBlank() || !settings.apiKeys().contains(apiKey)) {
            return out.errors(HttpStatus.FORBIDDEN, List.of("api_key: " + text("appeals.open311.apiKey", locale)));
        }
        var errors = new ArrayList<String>();
        var first = value(form, "first_name");
        var last = value(form, "last_name");
        var email = value(form, "email");
        var phone = value(form, "phone") == null ? null : value(form, "phone").replaceAll("[\\s()-]", "");
        if (first == null || last == null || email == null && phone == null) {
            errors.add((first == null ? "first_name" : last == null ? "last_name" : "email") + ": "
                    + text("appeals.open311.anonymous", locale));
        }
        if (email != null && (email.length() > 320 || !email.matches(EMAIL))) {
            errors.add("email: " + text("appeals.open311.email", locale));
        }
        if (phone != null && !phone.matches(PHONE)) {
            errors.add("phone: " + text("appeals.open311.phone", locale));
        }
        var service = value(form, "service_code");
        if (service == null) {
            errors.add("service_code: " + text("appeals.open311.serviceCode", locale));
        }
        Double lat = number(form, "lat", errors, locale);
        Double lon = number(form, "long", errors, locale);
        var address = value(form, "address_string");
        var district = value(form, "attribute[district]");
        if (district == null) {
            district = value(form, "address_id");
        }
        if (lat == null && lon == null && address == null && district == null) {
            errors.add("lat: " + text("appeals.open311.location", locale));
        }
        var media = value(form, "media_url");
        if (media != null && (media.length() > 500 || !media.matches("https?://\\S+"))) {
            errors.add("media_url: " + text("appeals.open311.mediaUrl", locale));
        }
        if (!errors.isEmpty()) {
            return out.errors(HttpStatus.BAD_REQUEST, errors);
        }
        var name = first + " " + last;
        if (name.length() > 200) {
            return out.errors(HttpStatus.BAD_REQUEST, List.of("last_name: " + text("appeals.field.tooLong", locale,
                    "200")));
        }
        try {
            var appeal = appeals.submit(new NewAppeal(AppealKind.APPLICATION, value(form, "description"),
                    Channel.OPEN311, Languages.of(locale), null, district, lat, lon,
                    media == null ? address : (address == null ? "" : address + " ") + "(" + media + ")", null,
                    service, List.of(), null), Applicant.contact(name, email, phone));
            var created = new LinkedHashMap<String, Object>();
            created.put("service_request_id", appeal.number());
            created.put("service_notice", text("appeals.open311.notice", locale, appeal.number(),
                    appeal.term().due().toString()));
            created.put("account_id", null);
            return out.write(HttpStatus.CREATED, "service_requests", "request", List.of(created));
        } catch (InvalidAppeal invalid) {
            var described = new ArrayList<String>();
            invalid.fields().forEach((field, rule) -> described.add(OPEN311_NAMES.getOrDefault(field, field) + ": "
                    + text(rule.key(), locale, rule.arguments())));
            return out.errors(HttpStatus.BAD_REQUEST, described);
        }
    }

    @Operation(summary = "Located issues filed through Open311, newest first (at most 1000)")
    @GetMapping({"/requests", "/requests.{format}"})
    ResponseEntity<String> requests(@PathVariable(required = false) @Nullable String format,
            @RequestHeader(name = "Accept", defaultValue = "") String accept,
            @RequestParam(name = "service_request_id", required = false) @Nullable String ids,
            @RequestParam(name = "service_code", required = false) @Nullable String service,
            @RequestParam(name = "start_date", required = false) @Nullable String start,
            @RequestParam(name = "end_date", required = false) @Nullable String end,
            @RequestParam(name = "status", required = false) @Nullable String status, Locale locale) {
        var out = format(format, accept);
        if (out == null) {
            return Open311Format.JSON.errors(HttpStatus.NOT_FOUND, List.of(text("appeals.open311.format", locale)));
        }
        var errors = new ArrayList<String>();
        var from = instant(start, "start_date", errors, locale);
        var to = instant(end, "end_date", errors, locale);
        Boolean open = null;
        if (status != null && !status.isBlank()) {
            switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "open" -> open = true;
                case "closed" -> open = false;
                default -> errors.add("status: " + text("appeals.open311.status", locale));
            }
        }
        if (service != null && !service.isBlank() && Topic.ofCode(service.strip()).isEmpty()) {
            errors.add("service_code: " + text("appeals.topic.unknown", locale));
        }
        if (!errors.isEmpty()) {
            return out.errors(HttpStatus.BAD_REQUEST, errors);
        }
        var numbers = ids == null || ids.isBlank() ? List.<String>of()
                : Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).limit(1000).toList();
        var found = appeals.located(numbers, service == null || service.isBlank() ? null : service.strip(), from, to,
                open, 1000);
        return out.write(HttpStatus.OK, "service_requests", "request",
                found.stream().map(appeal -> request(appeal, locale)).toList());
    }

    @Operation(summary = "One located issue")
    @GetMapping({"/requests/{id:[^.]+}.{format}", "/requests/{id:[^.]+}"})
    ResponseEntity<String> request(@PathVariable String id, @PathVariable(required = false) @Nullable String format,
            @RequestHeader(name = "Accept", defaultValue = "") String accept, Locale locale) {
        var out = format(format, accept);
        if (out == null) {
            return Open311Format.JSON.errors(HttpStatus.NOT_FOUND, List.of(text("appeals.open311.format", locale)));
        }
        var found = appeals.located(List.of(id), null, null, null, null, 1);
        if (found.isEmpty()) {
            return out.errors(HttpStatus.NOT_FOUND, List.of("service_request_id: "
                    + text("appeals.open311.unknownRequest", locale)));
        }
        return out.write(HttpStatus.OK, "service_requests", "request", List.of(request(found.getFirst(), locale)));
    }

    private Map<String, Object> request(Appeal appeal, Locale locale) {
        var closed = appeal.status() == AppealStatus.ANSWERED || appeal.status() == AppealStatus.LEFT_UNCONSIDERED;
        var request = new LinkedHashMap<String, Object>();
        request.put("service_request_id", appeal.number());
        request.put("status", closed ? "closed" : "open");
        request.put("status_notes", text("appeals.status." + appeal.status().name(), locale));
        request.put("service_name", appeal.topic() == null ? null : text("appeals.topic." + appeal.topic(), locale));
        request.put("service_code", appeal.topic());
        request.put("description", appeal.text());
        request.put("agency_responsible", appeal.agency());
        request.put("service_notice", null);
        request.put("requested_datetime", time(appeal.receivedAt()));
        request.put("updated_datetime", time(appeals.updatedAt(appeal.number())));
        request.put("expected_datetime", appeal.term().due().atTime(18, 0).atZone(TASHKENT).toOffsetDateTime()
                .toString());
        request.put("address", appeal.address());
        request.put("address_id", appeal.district());
        request.put("zipcode", null);
        request.put("lat", appeal.latitude());
        request.put("long", appeal.longitude());
        request.put("media_url", null);
        return request;
    }

    private static @Nullable Open311Format format(@Nullable String ending, String accept) {
        try {
            return Open311Format.of(ending == null ? "" : ending.toLowerCase(Locale.ROOT), accept);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable String value(Map<String, String> form, String name) {
        var value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private @Nullable Double number(Map<String, String> form, String name, List<String> errors, Locale locale) {
        var value = value(form, name);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException notANumber) {
            errors.add(name + ": " + text("appeals.open311.number", locale));
            return null;
        }
    }

    private @Nullable Instant instant(@Nullable String value, String name, List<String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notADate) {
            errors.add(name + ": " + text("appeals.open311.datetime", locale));
            return null;
        }
    }

    private static String time(Instant instant) {
        return instant.atZone(TASHKENT).toOffsetDateTime().withNano(0).toString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
