package uz.yagona.portal.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import uz.yagona.identity.Agencies;

/** The public figures of the ratings, per agency and per service (comments stay with the agencies). */
@Controller
@Tag(name = "Ratings", description = "How applicants rate public services and agencies")
class RatingsController {

    private final Ratings ratings;
    private final Agencies agencies;
    private final Views views;

    RatingsController(Ratings ratings, Agencies agencies, Views views) {
        this.ratings = ratings;
        this.agencies = agencies;
        this.views = views;
    }

    /** One line of figures: who, how many, the average and how many gave 1 … 5. */
    record FiguresJson(String code, String name, long count, double average, long[] distribution) {
    }

    record RatingsJson(List<FiguresJson> agencies, List<FiguresJson> services) {
    }

    @Operation(summary = "Ratings of agencies and services",
            description = "Count, average and the distribution of scores 1 to 5 (distribution[0] is 1); public.")
    @GetMapping("/api/v1/services/ratings")
    @ResponseBody
    RatingsJson api(Locale locale) {
        return figures(locale);
    }

    @GetMapping("/services/ratings")
    String page(Locale locale, Model model) {
        model.addAttribute("ratings", figures(locale));
        return "applications/ratings";
    }

    private RatingsJson figures(Locale locale) {
        return new RatingsJson(
                ratings.byAgency().stream().map(f -> new FiguresJson(f.key(), agencies.findByCode(f.key())
                        .map(agency -> agency.name().in(locale)).orElse(f.key()), f.count(), f.average(),
                        f.distribution())).toList(),
                ratings.byService().stream().map(f -> new FiguresJson(f.key(), views.serviceName(f.key(), locale),
                        f.count(), f.average(), f.distribution())).toList());
    }
}
