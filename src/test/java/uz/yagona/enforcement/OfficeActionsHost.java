package uz.yagona.enforcement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Tests only: a bare page that includes the officer's action forms ({@code enforcement/office-actions :: actions})
 * for one case, standing in for the officer's case page, which another part of the portal builds.
 */
@Controller
class OfficeActionsHost {

    private final EnforcementCases cases;

    OfficeActionsHost(EnforcementCases cases) {
        this.cases = cases;
    }

    @GetMapping("/test/enforcement/office-actions/{number}")
    String page(@PathVariable String number, Model model) {
        model.addAttribute("c", cases.find(number).orElseThrow());
        return "enforcement-test/office-actions-host";
    }
}
