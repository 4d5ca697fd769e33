package uz.yagona.enforcement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Is this person or company a debtor?": the public page of the debtor search, no login, three GET forms (STIR,
 * PINFL, name and birth date), an error beside the field it is about, and a table of the open cases found. Only
 * a search counts against the per-address limit, not the empty form.
 */
@Controller
class DebtorSearchPage {

    private final DebtorSearch search;
    private final SearchLimit limit;
    private final MessageSource messages;

    DebtorSearchPage(DebtorSearch search, SearchLimit limit, MessageSource messages) {
        this.search = search;
        this.limit = limit;
        this.messages = messages;
    }

    /** A found case with the amount as the reader reads it. */
    record Line(DebtorSearch.Row row, @Nullable String amountDue) {
    }

    @GetMapping("/enforcement/debtors")
    String page(@RequestParam(required = false) @Nullable String stir,
            @RequestParam(required = false) @Nullable String pinfl,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String birthDate,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        model.addAttribute("stir", stir);
        model.addAttribute("pinfl", pinfl);
        model.addAttribute("name", name);
        model.addAttribute("birthDate", birthDate);
        var errors = new LinkedHashMap<String, String>();
        model.addAttribute("errors", errors);
        if (stir == null && pinfl == null && name == null && birthDate == null) {
            return "enforcement/debtors";
        }
        var wait = limit.acquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            model.addAttribute("tooMany", messages.getMessage("enforcement.search.tooMany", new Object[] {wait},
                    locale));
            return "enforcement/debtors";
        }
        try {
            var rows = search.search(stir, pinfl, name, birthDate, locale);
            model.addAttribute("results", rows.stream().map(row -> new Line(row,
                    row.amountDue() == null ? null : row.amountDue().format(locale))).toList());
        } catch (DebtorSearch.Refused refused) {
            var message = messages.getMessage(refused.rule, refused.arguments, refused.rule, locale);
            errors.put(refused.field.contains(",") ? "criteria" : refused.field, message);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "enforcement/debtors";
    }
}
