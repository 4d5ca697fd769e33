package uz.yagona.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The person's own access history: a cabinet page, and the same as JSON for the person's bearer token. */
@Controller
@Tag(name = "Exchange")
class DataAccessController {

    private final DataAccess access;

    DataAccessController(DataAccess access) {
        this.access = access;
    }

    /** The signed-in person's user name is their PINFL. */
    @GetMapping("/cabinet/data-access")
    String page(Principal principal, Locale locale, Model model) {
        model.addAttribute("rows", access.about(principal.getName(), locale));
        return "exchange/data-access";
    }

    @Operation(summary = "Who looked at my data",
            description = "Requests about the person holding the token (its `pinfl` claim), newest first, "
                    + "without those an investigation still keeps hidden.")
    @GetMapping(path = "/api/v1/exchange/my-data-access", produces = "application/json")
    @ResponseBody
    List<DataAccess.Row> json(JwtAuthenticationToken token, Locale locale) {
        var pinfl = token.getToken().getClaimAsString("pinfl");
        if (pinfl == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "exchange.notAPerson");
        }
        return access.about(pinfl, locale);
    }
}
