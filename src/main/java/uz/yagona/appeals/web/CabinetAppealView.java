package uz.yagona.appeals.web;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.AppealStatus;
import uz.yagona.appeals.Appeals;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.internal.IntakeSettings;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Person;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Pinfl;

/**
 * One appeal in the cabinet as its applicant or a co-applicant sees it: the steps with what the body said, the
 * files, the answer, and only the forms the appeal's state allows (reply, rating, complaint above).
 */
@Component
class CabinetAppealView {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Steps whose note is meant for the applicant: what the body asked or said, the new term, the complaint. */
    private static final Set<String> SPOKEN = Set.of("INFO_REQUESTED", "APPLICANT_REPLIED", "FORWARDED",
            "INTERIM_ANSWER", "EXTENDED", "ESCALATED", "JOINED", "RATED", "COMPLAINED_ABOVE");

    private final Appeals appeals;
    private final Processing processing;
    private final Persons persons;
    private final IntakeSettings limits;

    CabinetAppealView(Appeals appeals, Processing processing, Persons persons, IntakeSettings limits) {
        this.appeals = appeals;
        this.processing = processing;
        this.persons = persons;
        this.limits = limits;
    }

    /** A step of the appeal as the page shows it: when (Tashkent time), what, and what was said, if anything. */
    record Step(String at, String kind, @Nullable String note) {
    }

    Person person(Principal principal) {
        return persons.findByPinfl(new Pinfl(principal.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** The person's appeal, or 404 for anybody else's and for no appeal at all. */
    Appeal mine(String number, Person person) {
        return appeals.mine(number, person.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The limits of files, as the rules check them, for the forms' hints. */
    void limits(Model model) {
        model.addAttribute("maxFiles", limits.maxAttachments());
        model.addAttribute("maxMegabytes", limits.maxAttachmentBytes() / (1024 * 1024));
    }

    /** Fills the model of {@code appeals/detail}, with the broken rules and typed values of a form sent back. */
    String show(Appeal a, Person person, Model model, Map<String, InvalidAppeal.Rule> errors,
            Map<String, String> values) {
        var steps = appeals.steps(a.number()).stream().map(step -> new Step(WHEN.format(step.at().atZone(TASHKENT)),
                step.kind(), SPOKEN.contains(step.kind()) ? step.note() : null)).toList();
        var applicant = person.id().equals(a.applicantId());
        var answered = a.status() == AppealStatus.ANSWERED;
        model.addAttribute("a", a);
        model.addAttribute("today", processing.today());
        model.addAttribute("steps", steps);
        model.addAttribute("answer", processing.answerOf(a.number()).orElse(null));
        model.addAttribute("applicant", applicant);
        model.addAttribute("question", a.status() != AppealStatus.INFO_REQUESTED ? null : steps.reversed().stream()
                .filter(s -> s.kind().equals("INFO_REQUESTED")).map(Step::note).findFirst().orElse(null));
        model.addAttribute("canReply", applicant && a.status() == AppealStatus.INFO_REQUESTED);
        var rating = answered ? processing.ratingOf(a.number()).orElse(null) : null;
        model.addAttribute("rating", rating);
        model.addAttribute("canRate", applicant && answered && rating == null);
        model.addAttribute("canJoin", a.status() != AppealStatus.ANSWERED
                && a.status() != AppealStatus.LEFT_UNCONSIDERED);
        String superior = null;
        String complaintRefused = null;
        if (answered) {
            try {
                superior = processing.superiorFor(a);
            } catch (Processing.Refused refused) {
                complaintRefused = refused.rule();
            }
        }
        model.addAttribute("superior", superior);
        model.addAttribute("complaintRefused", complaintRefused);
        limits(model);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "appeals/detail";
    }
}
