package uz.yagona.appeals.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.appeals.Classifier;
import uz.yagona.appeals.Routing;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Soato;

/**
 * {@code POST /api/v1/appeals/classification}: the topic of an appeal's text and the body that answers for it in
 * the given district, without storing anything. Public, so that a person sees where an appeal would go before
 * signing in; the text is limited to 5,000 characters and the body to {@value BodyLimit#MAX_BYTES} bytes.
 */
@RestController
@RequestMapping(path = "/api/v1/appeals", produces = "application/json")
class ClassificationApi {

    // an appeal is words: at least three letters in any script
    private static final Pattern LETTERS = Pattern.compile("(?s)(?:.*?\\p{L}){3}.*");

    private final Classifier classifier;
    private final Routing routing;
    private final MessageSource messages;

    ClassificationApi(@Lazy Classifier classifier, Routing routing, MessageSource messages) {
        this.classifier = classifier;
        this.routing = routing;
        this.messages = messages;
    }

    @PostMapping("/classification")
    ClassificationJson classify(@Valid @RequestBody ClassificationRequest request, Locale locale) {
        var text = Objects.requireNonNull(request.text());
        if (!LETTERS.matcher(text).matches() || text.chars().anyMatch(ClassificationApi::isControl)) {
            throw new InvalidValueException("appeals.text.letters", "the text has fewer than 3 letters or controls");
        }
        var place = request.district() == null || request.district().isBlank() ? null : new Soato(request.district());
        var classification = classifier.classify(text);
        var body = routing.responsibleFor(classification.topic(), place);
        var topicName = messages.getMessage("appeals.topic." + classification.topic().code(), null, locale);
        return new ClassificationJson(classification.topic().code(), topicName,
                ClassificationJson.AgencyJson.of(body, locale), classification.confidence(),
                classification.evidence(), classification.modelVersion());
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
    }

    /** The broken rules of this API name the field they concern. */
    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidValueException ex, HttpServletRequest request, Locale locale) {
        var field = ex.rule().startsWith("appeals.text") ? "text" : "district";
        var message = messages.getMessage(ex.rule(), ex.arguments(), ex.getMessage(), locale);
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("urn:yagona:problem:validation"));
        problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
        problem.setDetail(message);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(Map.of("field", field, "rule", ex.rule(),
                "message", message == null ? ex.rule() : message)));
        return ResponseEntity.badRequest().body(problem);
    }
}
