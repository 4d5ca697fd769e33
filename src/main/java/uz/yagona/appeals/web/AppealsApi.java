package uz.yagona.appeals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.AppealKind;
import uz.yagona.appeals.Appeals;
import uz.yagona.appeals.Applicant;
import uz.yagona.appeals.Channel;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.NewAppeal;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Pinfl;

/**
 * Appeals over the API for a signed-in person (bearer token with a PINFL): file one, for oneself or for an
 * organisation one represents, follow one's own, join a collective appeal. Broken fields are a 400 problem naming
 * each field and rule; nothing is stored then.
 */
@RestController
@RequestMapping("/api/v1/appeals")
@Tag(name = "Appeals", description = "Appeals of individuals and legal entities (ZRU-445)")
class AppealsApi {

    private final Appeals appeals;
    private final Processing processing;
    private final Persons persons;

    AppealsApi(Appeals appeals, Processing processing, Persons persons) {
        this.appeals = appeals;
        this.processing = processing;
        this.persons = persons;
    }

    record FileJson(@Nullable String filename, @Nullable String contentBase64) {
    }

    record NewAppealJson(@Nullable String kind, @Nullable String text, @Nullable String entityStir,
            @Nullable String district, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable String address, @Nullable String institution, @Nullable List<FileJson> attachments) {
    }

    record AppealJson(String number, String kind, String channel, String status, String text, String applicant,
            @Nullable String entityStir, @Nullable String entityName, List<String> coApplicants,
            @Nullable String district, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable String address, @Nullable String institution, @Nullable String topic, @Nullable String agency,
            @Nullable String escalatedTo, @Nullable String earlier, @Nullable String conclusion, Instant receivedAt, LocalDate registeredOn,
            LocalDate due, long daysLeft, List<Appeal.Attachment> attachments, List<Appeals.Step> steps,
            @Nullable AnswerJson answer) {
    }

    record AnswerJson(String text, String official, String agency, @Nullable String signer, Instant answeredAt,
            String signatureBase64) {
    }

    record TextJson(@Nullable String text) {
    }

    record ReplyJson(@Nullable String text, @Nullable FileJson attachment) {
    }

    record RatingJson(@Nullable Integer score, @Nullable String comment) {
    }

    @Operation(summary = "File an appeal",
            description = "kind is APPLICATION, PROPOSAL or COMPLAINT; attachments are PDF, JPEG or PNG in base64. "
                    + "Registered the same working day (the next after hours) with its legal term; an appeal on the "
                    + "same matter as an earlier one is linked to it. An Idempotency-Key header makes a retry return "
                    + "the first appeal.")
    @PostMapping
    ResponseEntity<AppealJson> file(@RequestBody NewAppealJson body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @AuthenticationPrincipal Jwt token, Locale locale) throws BindException {
        var applicant = applicant(token, locale);
        var broken = new HashMap<String, InvalidAppeal.Rule>();
        AppealKind kind = null;
        if (body.kind() != null && !body.kind().isBlank()) {
            try {
                kind = AppealKind.valueOf(body.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                broken.put("kind", new InvalidAppeal.Rule("appeals.kind.unknown"));
            }
        }
        var uploads = new ArrayList<NewAppeal.Upload>();
        var files = body.attachments() == null ? List.<FileJson>of() : body.attachments();
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            try {
                uploads.add(new NewAppeal.Upload(file.filename() == null ? "" : file.filename(),
                        Base64.getDecoder().decode(file.contentBase64() == null ? ""
                                : file.contentBase64().replaceAll("\\s", ""))));
            } catch (IllegalArgumentException notBase64) {
                broken.put("attachments[" + i + "]", new InvalidAppeal.Rule("appeals.attachment.base64"));
            }
        }
        if (!broken.isEmpty()) {
            throw InvalidFields.of(new InvalidAppeal(broken));
        }
        Appeal appeal;
        try {
            appeal = appeals.submit(new NewAppeal(kind, body.text(), Channel.API, Languages.of(locale),
                    body.entityStir(), body.district(), body.latitude(), body.longitude(), body.address(),
                    body.institution(), null, uploads, idempotencyKey), applicant);
        } catch (InvalidAppeal refused) {
            throw InvalidFields.of(refused);
        }
        return ResponseEntity.created(URI.create("/api/v1/appeals/" + appeal.number())).body(json(appeal));
    }

    @Operation(summary = "My appeals, filed or joined, newest first")
    @GetMapping
    List<AppealJson> mine(@AuthenticationPrincipal Jwt token, Locale locale) {
        return appeals.mine(Objects.requireNonNull(applicant(token, locale).id())).stream().map(this::json).toList();
    }

    @Operation(summary = "One of my appeals with its steps", description = "404 for an appeal that is not mine.")
    @GetMapping("/{number}")
    AppealJson one(@PathVariable String number, @AuthenticationPrincipal Jwt token, Locale locale) {
        return appeals.mine(number, Objects.requireNonNull(applicant(token, locale).id())).map(this::json)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "appeals.number.unknown"));
    }

    @Operation(summary = "A file of one of my appeals", description = "404 for an appeal that is not mine.")
    @GetMapping("/{number}/attachments/{position}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable int position,
            @AuthenticationPrincipal Jwt token, Locale locale) {
        return Downloads.of(appeals.attachment(number, position,
                Objects.requireNonNull(applicant(token, locale).id())));
    }

    @Operation(summary = "Join a collective appeal as a co-applicant")
    @PostMapping("/{number}/co-applicants")
    AppealJson join(@PathVariable String number, @AuthenticationPrincipal Jwt token, Locale locale)
            throws BindException {
        try {
            var person = applicant(token, locale);
            return json(appeals.join(number, Objects.requireNonNull(person.id()),
                    Objects.requireNonNull(person.pinfl()), person.name()));
        } catch (InvalidAppeal refused) {
            throw InvalidFields.of(refused);
        }
    }

    @Operation(summary = "Reply to the body's request for more", description = "The appeal goes back to review. "
            + "An attachment (PDF, JPEG or PNG in base64) is optional and kept with the appeal's files.")
    @PostMapping("/{number}/reply")
    AppealJson reply(@PathVariable String number, @RequestBody ReplyJson body, @AuthenticationPrincipal Jwt token,
            Locale locale) throws BindException {
        var person = Objects.requireNonNull(applicant(token, locale).id());
        try {
            NewAppeal.Upload attachment = null;
            if (body.attachment() != null) {
                try {
                    attachment = new NewAppeal.Upload(Objects.requireNonNullElse(body.attachment().filename(), ""),
                            Base64.getDecoder().decode(Objects.requireNonNullElse(body.attachment().contentBase64(),
                                    "").replaceAll("\\s", "")));
                } catch (IllegalArgumentException notBase64) {
                    throw new InvalidAppeal("attachment", "appeals.attachment.base64");
                }
            }
            return json(processing.reply(person, number, body.text() == null ? "" : body.text(), attachment));
        } catch (InvalidAppeal refused) {
            throw InvalidFields.of(refused);
        } catch (Processing.Refused refused) {
            throw OfficeApi.status(refused);
        }
    }

    @Operation(summary = "Rate the answer, once, 1 to 5")
    @PostMapping("/{number}/rating")
    ResponseEntity<Void> rate(@PathVariable String number, @RequestBody RatingJson body,
            @AuthenticationPrincipal Jwt token, Locale locale) throws BindException {
        var person = Objects.requireNonNull(applicant(token, locale).id());
        try {
            if (body.score() == null) {
                throw new InvalidAppeal("score", "appeals.rating.score");
            }
            processing.rate(person, number, body.score(), body.comment());
            return ResponseEntity.noContent().build();
        } catch (InvalidAppeal refused) {
            throw InvalidFields.of(refused);
        } catch (Processing.Refused refused) {
            throw OfficeApi.status(refused);
        }
    }

    @Operation(summary = "Complain about the answer to the superior body", description = "Within a year of the "
            + "answer; a new complaint linked to the appeal, held by the superior of the body that answered.")
    @PostMapping("/{number}/complaint")
    ResponseEntity<AppealJson> complain(@PathVariable String number, @RequestBody TextJson body,
            @AuthenticationPrincipal Jwt token, Locale locale) throws BindException {
        var applicant = applicant(token, locale);
        try {
            var complaint = appeals.complainAbove(number, applicant, body.text(), Channel.API, Languages.of(locale));
            return ResponseEntity.created(URI.create("/api/v1/appeals/" + complaint.number())).body(json(complaint));
        } catch (InvalidAppeal refused) {
            throw InvalidFields.of(refused);
        } catch (Processing.Refused refused) {
            throw OfficeApi.status(refused);
        }
    }


    private AppealJson json(Appeal appeal) {
        return new AppealJson(appeal.number(), appeal.kind().name(), appeal.channel().name(), appeal.status().name(),
                appeal.text(), appeal.applicantName(), appeal.entityStir(), appeal.entityName(),
                appeal.coApplicants(), appeal.district(), appeal.latitude(), appeal.longitude(), appeal.address(),
                appeal.institution(), appeal.topic(), appeal.agency(), appeal.escalatedTo(), appeal.earlier(), appeal.conclusion(),
                appeal.receivedAt(), appeal.registeredOn(), appeal.term().due(),
                appeal.term().daysLeft(processing.today()), appeal.attachments(), appeals.steps(appeal.number()),
                processing.answerOf(appeal.number()).map(a -> new AnswerJson(a.text(), a.officialName(), a.agency(),
                        a.signer(), a.answeredAt(), Base64.getEncoder().encodeToString(a.signature()))).orElse(null));
    }

    private Applicant applicant(Jwt token, Locale locale) {
        var pinfl = token.getClaimAsString("pinfl");
        if (pinfl == null || !pinfl.matches("[0-9]{14}")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "appeals.api.personOnly");
        }
        var person = persons.findByPinfl(new Pinfl(pinfl))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "appeals.api.personOnly"));
        return Applicant.person(person.id(), person.pinfl(), person.nameFor(locale).full());
    }
}
