package uz.yagona.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.identity.internal.AwaitingSecondFactor;
import uz.yagona.identity.internal.SecondFactors;
import uz.yagona.identity.internal.Totp;
import uz.yagona.identity.internal.YagonaUser;

/** The sign-in pages: PINFL and password, then the TOTP code (or the officer's TOTP enrolment). */
@Controller
class LoginController {

    private final SecondFactors secondFactors;
    private final Totp totp;
    private final SecondFactorSuccessHandler logins;

    LoginController(SecondFactors secondFactors, Totp totp, SecondFactorSuccessHandler logins) {
        this.secondFactors = secondFactors;
        this.totp = totp;
        this.logins = logins;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model, @RequestParam(required = false) @Nullable String error) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof AwaitingSecondFactor) {
            return "redirect:/login/totp";
        }
        if (error != null) {
            var session = request.getSession(false);
            var cause = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            boolean locked = "locked".equals(error) || cause instanceof LockedException;
            model.addAttribute("error", locked ? "login.error.locked" : "login.error.bad");
        }
        return "identity/login";
    }

    @GetMapping("/login/totp")
    String totpForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof AwaitingSecondFactor pending)) {
            return "redirect:/login";
        }
        describe(pending, request, response, model);
        return "identity/totp";
    }

    @PostMapping("/login/totp")
    String totpSubmit(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof AwaitingSecondFactor pending)) {
            return "redirect:/login";
        }
        YagonaUser user = pending.user();
        var outcome = user.secondFactor() == YagonaUser.SecondFactor.ENROL && pending.enrolmentSecret() != null
                ? secondFactors.enrol(user, pending.enrolmentSecret(), code)
                : secondFactors.verify(user, code);
        switch (outcome) {
            case ACCEPTED -> {
                logins.complete(request, response, user);
                return null;
            }
            case LOCKED -> {
                logins.abandon(request, response);
                return "redirect:/login?error=locked";
            }
            default -> {
                model.addAttribute("error", "totp.error.wrong");
                describe(pending, request, response, model);
                return "identity/totp";
            }
        }
    }

    private void describe(AwaitingSecondFactor pending, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var user = pending.user();
        boolean enrol = user.secondFactor() == YagonaUser.SecondFactor.ENROL;
        model.addAttribute("enrol", enrol);
        if (enrol) {
            if (pending.enrolmentSecret() == null) {
                pending.offerEnrolmentSecret(totp.newSecret());
                logins.save(pending, request, response);
            }
            var secret = pending.enrolmentSecret();
            model.addAttribute("secret", secret);
            model.addAttribute("qr", totp.qrDataUri(secret, user.getUsername()));
        }
    }
}
