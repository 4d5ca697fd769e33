package uz.yagona.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public debtor search over the API: no token, limited per client address, and only what the law makes
 * public of open cases.
 */
@RestController
@RequestMapping("/api/v1/enforcement/debtors")
@Tag(name = "Debtor search", description = "Public: open enforcement cases by STIR, PINFL, or name and birth date")
class DebtorSearchApi extends EnforcementProblems {

    private final DebtorSearch search;
    private final SearchLimit limit;

    DebtorSearchApi(DebtorSearch search, SearchLimit limit, MessageSource messages) {
        super(messages);
        this.search = search;
        this.limit = limit;
    }

    /** One open case; nothing that identifies the debtor beyond the name (no PINFL, address or account). */
    record DebtorCaseJson(
            @Schema(example = "IJ-2026-0000042") String caseNumber,
            @Schema(example = "Karimov Jasur Anvarovich") String debtorName,
            @Schema(description = "What is still to recover (amount ordered minus recovered), in soʻm as a decimal "
                    + "string with two decimals, so no precision is lost; null for a non-monetary claim",
                    example = "1250000.00", type = "string", nullable = true) @Nullable String amountDue,
            @Schema(description = "Always UZS where there is an amount", example = "UZS", nullable = true)
            @Nullable String currency,
            @Schema(example = "MONEY_RECOVERY") String claimType,
            @Schema(description = "The district (or region) of the department holding the case, in the request's "
                    + "language", example = "Yunusobod tumani", nullable = true) @Nullable String district,
            @Schema(description = "The officer holding the case: surname and initials; null while unassigned",
                    example = "Rahimov A. B.", nullable = true) @Nullable String officer) {

        static DebtorCaseJson of(DebtorSearch.Row row) {
            var due = row.amountDue() == null ? null : row.amountDue().toSoum().toPlainString();
            return new DebtorCaseJson(row.caseNumber(), row.debtorName(), due, due == null ? null : "UZS",
                    row.claimType().name(), row.district(), row.officer());
        }
    }

    @Operation(summary = "Search debtors", description = "Public, no token. Exactly one way: `stir` (9 digits), "
            + "`pinfl` (14 digits with a valid check digit), or `name` (surname and given name at least, patronymic "
            + "optional; Uzbek Latin or Cyrillic or the Russian spelling, any case, any apostrophe) with `birthDate` "
            + "(YYYY-MM-DD). Answers the debtor's OPEN cases, [] when there are none. District names follow "
            + "Accept-Language or `lang`. Bad input is a 400 problem naming the parameter; more than "
            + "`yagona.enforcement.public-search.per-minute` searches a minute from one address a 429 with "
            + "Retry-After.")
    @ApiResponse(responseCode = "200", description = "The open cases found, possibly none")
    @ApiResponse(responseCode = "400", description = "No way of searching, several, or a bad value")
    @ApiResponse(responseCode = "429", description = "Too many searches from this address: see Retry-After")
    @GetMapping
    List<DebtorCaseJson> search(
            @Parameter(description = "An entity's STIR (9 digits)") @RequestParam(required = false) @Nullable String stir,
            @Parameter(description = "A person's PINFL (14 digits)") @RequestParam(required = false)
            @Nullable String pinfl,
            @Parameter(description = "A person's full name", example = "Karimov Jasur")
            @RequestParam(required = false) @Nullable String name,
            @Parameter(description = "The person's birth date, with name", example = "1990-05-17")
            @RequestParam(required = false) @Nullable String birthDate,
            HttpServletRequest request, Locale locale) {
        var wait = limit.acquire(request.getRemoteAddr());
        if (wait > 0) {
            throw new TooManySearches(wait);
        }
        return search.search(stir, pinfl, name, birthDate, locale).stream().map(DebtorCaseJson::of).toList();
    }

    /** The client searched more often than the limit allows; it may again after {@code seconds}. */
    static final class TooManySearches extends RuntimeException {
        final long seconds;

        TooManySearches(long seconds) {
            super("Too many searches; retry after " + seconds + " s");
            this.seconds = seconds;
        }
    }

    @ExceptionHandler(DebtorSearch.Refused.class)
    ResponseEntity<ProblemDetail> refused(DebtorSearch.Refused ex, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "problem.validation.title", ex.field, ex.rule, ex.arguments, request,
                locale);
    }

    @ExceptionHandler(TooManySearches.class)
    ResponseEntity<ProblemDetail> tooMany(TooManySearches ex, HttpServletRequest request, Locale locale) {
        var answer = problem(HttpStatus.TOO_MANY_REQUESTS, "enforcement.search.tooMany.title", null,
                "enforcement.search.tooMany", new Object[] {ex.seconds}, request, locale);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.seconds)).body(answer.getBody());
    }
}
