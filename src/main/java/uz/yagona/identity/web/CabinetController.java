package uz.yagona.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.identity.internal.SecondFactors;
import uz.yagona.identity.internal.Totp;
import uz.yagona.identity.internal.YagonaUser;

/** The personal cabinet: my data, my organisations and agencies, my second factor and my sessions. */
@Controller
class CabinetController {

    private static final String PENDING_SECRET = "yagona.totpEnrolment";

    private final Persons persons;
    private final LegalEntities legalEntities;
    private final Officers officers;
    private final Agencies agencies;
    private final SecondFactors secondFactors;
    private final Totp totp;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    CabinetController(Persons persons, LegalEntities legalEntities, Officers officers, Agencies agencies,
            SecondFactors secondFactors, Totp totp, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.persons = persons;
        this.legalEntities = legalEntities;
        this.officers = officers;
        this.agencies = agencies;
        this.secondFactors = secondFactors;
        this.totp = totp;
        this.sessions = sessions;
    }

    /** One row of "my sessions". */
    record SessionRow(String id, Instant created, Instant lastAccess, String device, boolean current) {
    }

    /** One row of "my agencies". */
    record Appointment(String agency, String position, String roles) {
    }

    @GetMapping("/cabinet")
    String cabinet(@AuthenticationPrincipal YagonaUser user, HttpSession current, Locale locale, Model model) {
        var personId = new PersonId(user.personId());
        model.addAttribute("person", persons.find(personId).orElseThrow());
        model.addAttribute("organisations", legalEntities.representedBy(personId));
        model.addAttribute("appointments", officers.of(personId).stream()
                .map(officer -> new Appointment(
                        agencies.find(officer.agency()).map(agency -> agency.name().in(locale)).orElse(""),
                        officer.position(), String.join(", ", officer.roles().stream().sorted().toList())))
                .toList());
        model.addAttribute("totpEnabled", secondFactors.account(user).map(a -> a.totpEnabled()).orElse(false));
        model.addAttribute("totpRequired", user.authorityNames().contains("ROLE_OFFICER")
                || user.authorityNames().contains("ROLE_ADMIN"));
        model.addAttribute("sessions", sessions.findByPrincipalName(user.getUsername()).values().stream()
                .map(session -> new SessionRow(session.getId(), session.getCreationTime(),
                        session.getLastAccessedTime(),
                        String.valueOf(session.getAttributeOrDefault(SecondFactorSuccessHandler.SESSION_DEVICE, "")),
                        session.getId().equals(current.getId())))
                .sorted(Comparator.comparing(SessionRow::lastAccess).reversed())
                .toList());
        return "identity/cabinet";
    }

    /** Signs out every other session of mine (a lost phone, a shared computer). */
    @PostMapping("/cabinet/sessions/sign-out-others")
    String signOutOthers(@AuthenticationPrincipal YagonaUser user, HttpSession current) {
        sessions.findByPrincipalName(user.getUsername()).keySet().stream()
                .filter(id -> !id.equals(current.getId()))
                .forEach(sessions::deleteById);
        return "redirect:/cabinet?signedOutOthers#sessions";
    }

    @GetMapping("/cabinet/totp")
    String totpForm(@AuthenticationPrincipal YagonaUser user, HttpSession session, Model model) {
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        showSecret(model, secret, user);
        return "identity/cabinet-totp";
    }

    @PostMapping("/cabinet/totp")
    String totpEnable(@AuthenticationPrincipal YagonaUser user, @RequestParam(defaultValue = "") String code,
            HttpSession session, HttpServletRequest request, Model model) {
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:/cabinet/totp";
        }
        return switch (secondFactors.enrol(user, secret, code)) {
            case ACCEPTED -> {
                session.removeAttribute(PENDING_SECRET);
                yield "redirect:/cabinet?totpEnabled#security";
            }
            case LOCKED -> {
                session.invalidate();
                yield "redirect:/login?error=locked";
            }
            default -> {
                model.addAttribute("error", "totp.error.wrong");
                showSecret(model, secret, user);
                yield "identity/cabinet-totp";
            }
        };
    }

    @PostMapping("/cabinet/totp/disable")
    String totpDisable(@AuthenticationPrincipal YagonaUser user, @RequestParam(defaultValue = "") String code,
            HttpSession session) {
        if (user.authorityNames().contains("ROLE_OFFICER") || user.authorityNames().contains("ROLE_ADMIN")) {
            return "redirect:/cabinet?totpRequired#security";
        }
        return switch (secondFactors.disable(user, code)) {
            case ACCEPTED -> "redirect:/cabinet?totpDisabled#security";
            case LOCKED -> {
                session.invalidate();
                yield "redirect:/login?error=locked";
            }
            default -> "redirect:/cabinet?totpWrong#security";
        };
    }

    /** The secret being enrolled, as text and as a QR code for an authenticator app. */
    private void showSecret(Model model, String secret, YagonaUser user) {
        model.addAttribute("secret", secret);
        model.addAttribute("qr", totp.qrDataUri(secret, user.getUsername()));
    }
}
