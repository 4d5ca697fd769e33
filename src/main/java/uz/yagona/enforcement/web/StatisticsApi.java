package uz.yagona.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.enforcement.EnforcementStatistics;
import uz.yagona.enforcement.EnforcementStatistics.Figures;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Pinfl;

/** The heads' figures over the API, as JSON and CSV, for the same people the page serves. */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "Enforcement statistics", description = "Cases open and closed, recovery, duration: for heads")
class StatisticsApi extends EnforcementProblems {

    private final EnforcementStatistics statistics;
    private final Persons persons;
    private final Bureau bureau;

    StatisticsApi(EnforcementStatistics statistics, Persons persons, Bureau bureau, MessageSource messages) {
        super(messages);
        this.statistics = statistics;
        this.persons = persons;
        this.bureau = bureau;
    }

    record StatisticsJson(List<String> scopes, List<Figures> regions, List<Figures> officers) {
    }

    @Operation(summary = "Figures by region and officer", description = "For a head of the bureau (role "
            + "SUPERVISOR in MBB or one of its offices): the cases of the departments under that office. "
            + "recoveredShare = recovered / ordered; averageDays over closed cases.")
    @GetMapping("/statistics")
    StatisticsJson figures(@AuthenticationPrincipal Jwt token) {
        var scopes = scopes(token);
        return new StatisticsJson(scopes, statistics.byRegion(scopes), statistics.byOfficer(scopes));
    }

    @Operation(summary = "The same figures as CSV")
    @GetMapping(value = "/statistics.csv", produces = "text/csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal Jwt token) {
        return StatisticsPages.csv(statistics, scopes(token));
    }

    private List<String> scopes(Jwt token) {
        var scopes = persons.findByPinfl(new Pinfl(token.getSubject())).map(bureau::headScopes).orElse(List.of());
        if (scopes.isEmpty()) {
            throw new Forbidden("enforcement.statistics.forbidden");
        }
        return scopes;
    }
}
