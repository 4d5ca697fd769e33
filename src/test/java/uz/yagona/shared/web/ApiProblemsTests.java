package uz.yagona.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.shared.InvalidValueException;

/** Every kind of API failure answers as a localized RFC 9457 problem over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties =
        "spring.messages.basename=i18n/messages,i18n/shared,i18n/identity,i18n/portal,i18n/appeals,"
                + "i18n/appeal-intake,i18n/appeal-office,i18n/appeal-analytics,test-i18n/problems")
@ActiveProfiles("test")
@Import(ApiProblemsTests.TestApi.class)
class ApiProblemsTests {

    static final String API = "/api/test/problems";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBlankFieldIsNamedWithItsRuleAndALocalizedMessage() throws Exception {
        var problem = post(API + "/applications", "{\"name\":\" \",\"code\":\"123\"}", "en");
        assertProblem(problem, 400, "urn:yagona:problem:validation", "Invalid data");
        assertThat(problem.json.get("instance").asString()).isEqualTo(API + "/applications");
        assertThat(errors(problem)).containsExactly(
                new FieldError("name", "NotBlank", "This field must not be blank."));
    }

    @Test
    void constraintArgumentsAppearInTheMessage() throws Exception {
        var problem = post(API + "/applications", "{\"name\":\"" + "x".repeat(21) + "\",\"code\":\"1\"}", "ru");
        assertThat(errors(problem)).containsExactly(new FieldError("name", "Size", "Длина должна быть от 0 до 20."));
    }

    @Test
    void aValueTypeRefusingAJsonPropertyNamesThatPropertyAndItsRule() throws Exception {
        var problem = post(API + "/applications", "{\"name\":\"Alisher\",\"code\":\"12x\"}", "en");
        assertProblem(problem, 400, "urn:yagona:problem:validation", "Invalid data");
        assertThat(errors(problem)).containsExactly(
                new FieldError("code", "test.code.digits", "A code has only digits, and 12x does not."));
    }

    @Test
    void theFourLanguagesGiveDifferentMessages() throws Exception {
        var seen = new HashSet<String>();
        for (var language : List.of("uz-Latn", "uz-Cyrl", "ru", "en")) {
            // the body is read before it is validated, so a bad code and a blank name are two requests
            var blankName = post(API + "/applications", "{\"name\":\"\"}", language);
            var badCode = post(API + "/applications", "{\"name\":\"Alisher\",\"code\":\"12x\"}", language);
            assertProblem(blankName, 400, "urn:yagona:problem:validation", null);
            assertProblem(badCode, 400, "urn:yagona:problem:validation", null);
            var texts = new StringBuilder(blankName.json.get("title").asString())
                    .append('|').append(blankName.json.get("detail").asString());
            errors(blankName).forEach(error -> texts.append('|').append(error.message()));
            errors(badCode).forEach(error -> texts.append('|').append(error.message()));
            assertThat(texts.toString().split("\\|")).hasSize(4).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(seen.add(texts.toString())).as("messages in %s differ from the others", language).isTrue();
        }
        assertThat(seen).hasSize(4);
    }

    @Test
    void uzbekCyrillicMessagesComeFromTheCyrillicBundle() throws Exception {
        var problem = post(API + "/applications", "{\"name\":\"\",\"code\":\"1\"}", "uz-Cyrl");
        assertThat(problem.json.get("title").asString()).isEqualTo("Маълумотлар нотўғри");
        assertThat(errors(problem)).extracting(FieldError::message).containsExactly("Майдон бўш бўлмаслиги керак.");
    }

    @Test
    void malformedJsonIsABadRequestWithTheJsonMalformedRule() throws Exception {
        var problem = post(API + "/applications", "{\"name\": ", "en");
        assertProblem(problem, 400, "urn:yagona:problem:malformed-body", "The request body could not be read");
        assertThat(errors(problem)).extracting(FieldError::rule).containsExactly("json.malformed");
    }

    @Test
    void aParameterThatCannotBecomeItsValueTypeIsNamedByTheParameter() throws Exception {
        var problem = get(API + "/codes?code=abc", "uz-Latn");
        assertProblem(problem, 400, "urn:yagona:problem:validation", "Maʼlumotlar notoʻgʻri");
        assertThat(errors(problem)).extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("code", "test.code.digits"));
    }

    @Test
    void aParameterOfTheWrongPrimitiveTypeIsATypeMismatch() throws Exception {
        var problem = get(API + "/codes?code=1&page=two", "en");
        assertThat(errors(problem)).containsExactly(
                new FieldError("page", "typeMismatch", "The value has the wrong format."));
    }

    @Test
    void aParameterBreakingAConstraintIsNamed() throws Exception {
        var problem = get(API + "/codes?code=1&page=0", "en");
        assertProblem(problem, 400, "urn:yagona:problem:validation", "Invalid data");
        assertThat(errors(problem)).containsExactly(new FieldError("page", "Min", "The value must be at least 1."));
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        var problem = get(API + "/codes", "en");
        assertProblem(problem, 400, "urn:yagona:problem:missing-parameter", "Missing parameter");
        assertThat(problem.json.get("detail").asString()).isEqualTo("Parameter code is required.");
        assertThat(errors(problem)).containsExactly(new FieldError("code", "required", "This field is required."));
    }

    @Test
    void aRuleBrokenInAServiceIsAProblemWithoutAField() throws Exception {
        var problem = get(API + "/service", "en");
        assertProblem(problem, 400, "urn:yagona:problem:validation", "Invalid data");
        assertThat(errors(problem)).containsExactly(
                new FieldError(null, "test.code.digits", "A code has only digits, and 0x1 does not."));
    }

    @Test
    void constraintViolationsFromServicesNameTheirProperty() throws Exception {
        var problem = get(API + "/constraint", "en");
        assertProblem(problem, 400, "urn:yagona:problem:validation", "Invalid data");
        assertThat(errors(problem)).containsExactly(
                new FieldError("name", "NotBlank", "This field must not be blank."));
    }

    @Test
    void anUnsupportedMediaTypeIs415() throws Exception {
        var request = request(API + "/applications", "en").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build();
        var problem = send(request);
        assertProblem(problem, 415, "about:blank", "Unsupported media type");
        assertThat(problem.response.headers().firstValue("Accept")).hasValueSatisfying(
                accept -> assertThat(accept).contains("application/json"));
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() throws Exception {
        var problem = send(request(API + "/codes?code=1", "ru").DELETE().build());
        assertProblem(problem, 405, "about:blank", "Метод не разрешён");
        assertThat(problem.response.headers().firstValue("Allow")).hasValueSatisfying(
                allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void anUnknownApiPathIs404() throws Exception {
        var problem = get(API + "/no-such-thing", "uz-Cyrl");
        assertProblem(problem, 404, "about:blank", "Топилмади");
    }

    @Test
    void aResponseStatusIsKeptButItsFreeTextReasonIsNotShown() throws Exception {
        var problem = get(API + "/gone", "en");
        assertProblem(problem, 410, "about:blank", "The request could not be completed");
        assertThat(problem.response.body()).doesNotContain("internal table");
    }

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() throws Exception {
        var problem = get(API + "/boom", "en");
        assertProblem(problem, 500, "about:blank", "Internal error");
        assertThat(problem.response.body()).doesNotContain("secret", "IllegalStateException", "at uz.");
    }

    @Test
    void aPageThatMeetsAnInvalidValueShowsTheLocalizedBadRequestPage() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test-pages/invalid"))
                .header("Accept", "text/html").header("Accept-Language", "ru").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"ru\"", "Неверный запрос").doesNotContain("0x1");
    }

    @Test
    void aPageThatFailsShowsTheLocalizedErrorPageWithoutInternals() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test-pages/boom"))
                .header("Accept", "text/html").header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("<html lang=\"en\"", "Something went wrong", "Error code: 500")
                .doesNotContain("secret", "IllegalStateException", "at uz.");
    }

    private record Problem(HttpResponse<String> response, JsonNode json) {
    }

    private static void assertProblem(Problem problem, int status, String type, @Nullable String title) {
        assertThat(problem.response.statusCode()).isEqualTo(status);
        assertThat(problem.response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.json.get("status").asInt()).isEqualTo(status);
        // RFC 9457 3.1.1: a missing type means about:blank
        var actualType = problem.json.get("type") == null ? "about:blank" : problem.json.get("type").asString();
        assertThat(actualType).isEqualTo(type);
        assertThat(problem.json.get("title").asString()).isNotBlank();
        assertThat(problem.json.get("detail").asString()).isNotBlank();
        assertThat(problem.json.get("instance").asString()).startsWith(API);
        assertThat(problem.json.get("errors").isArray()).isTrue();
        if (title != null) {
            assertThat(problem.json.get("title").asString()).isEqualTo(title);
        }
    }

    private static List<FieldError> errors(Problem problem) {
        var errors = new java.util.ArrayList<FieldError>();
        for (JsonNode error : problem.json.get("errors")) {
            var field = error.get("field");
            errors.add(new FieldError(field == null || field.isNull() ? null : field.asString(),
                    error.get("rule").asString(), error.get("message").asString()));
        }
        return errors;
    }

    private Problem get(String path, String language) throws Exception {
        return send(request(path, language).GET().build());
    }

    private Problem post(String path, String body, String language) throws Exception {
        return send(request(path, language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String language) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Accept-Language", language);
    }

    private Problem send(HttpRequest request) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Problem(response, json.readTree(response.body()));
    }

    /** A code of digits only: a value type that refuses bad input, like Pinfl does. */
    public record Code(@JsonValue String value) {

        // public, as Spring's conversion of request parameters only calls public constructors
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Code {
            if (!value.matches("[0-9]+")) {
                throw new InvalidValueException("test.code.digits", "a code has only digits", value);
            }
        }
    }

    record Application(@NotBlank @Size(max = 20) String name, @Nullable Code code) {
    }

    @RestController
    @RequestMapping(API)
    static class ProblemsController {

        private final Validator validator;

        ProblemsController(Validator validator) {
            this.validator = validator;
        }

        @PostMapping("/applications")
        Application apply(@Valid @RequestBody Application application) {
            return application;
        }

        @GetMapping("/codes")
        String code(@RequestParam Code code, @RequestParam(defaultValue = "1") @Min(1) int page) {
            return code.value() + page;
        }

        @GetMapping("/service")
        String service() {
            throw new InvalidValueException("test.code.digits", "a code has only digits", "0x1");
        }

        @GetMapping("/constraint")
        String constraint() {
            throw new ConstraintViolationException(validator.validate(new Application("", null)));
        }

        @GetMapping("/gone")
        String gone() {
            throw new ResponseStatusException(HttpStatus.GONE, "row deleted from internal table applications");
        }

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret connection string");
        }
    }

    @Controller
    static class PagesController {

        @GetMapping("/test-pages/invalid")
        String invalid() {
            throw new InvalidValueException("test.code.digits", "a code has only digits", "0x1");
        }

        @GetMapping("/test-pages/boom")
        String boom() {
            throw new IllegalStateException("secret connection string");
        }
    }

    /** Opens the test API and pages to anonymous clients without CSRF; the real rules stay as they are. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({ProblemsController.class, PagesController.class})
    static class TestApi {

        @Bean
        @Order(0)
        SecurityFilterChain testApiSecurity(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/test/**", "/test-pages/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
    }
}
