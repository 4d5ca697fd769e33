package uz.yagona.identity.web;

import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uz.yagona.identity.Accounts;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.internal.CitizenRegistration;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/** Citizens register with their PINFL; every rule that fails is shown beside its field, and nothing is kept. */
@Controller
class RegistrationController {

    private final CitizenRegistration registration;
    private final Accounts accounts;

    RegistrationController(CitizenRegistration registration, Accounts accounts) {
        this.registration = registration;
        this.accounts = accounts;
    }

    @GetMapping("/register")
    String form(@ModelAttribute("form") RegistrationForm form) {
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors) {
        Pinfl pinfl = null;
        if (!errors.hasFieldErrors("pinfl")) {
            pinfl = check(errors, "pinfl", () -> new Pinfl(form.getPinfl()));
        }
        if (!errors.hasFieldErrors("password")) {
            check(errors, "password", () -> {
                accounts.checkPassword(form.getPassword());
                return form.getPassword();
            });
        }
        if (!errors.hasFieldErrors("passwordConfirmation") && !form.getPassword().equals(form.getPasswordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "registration.password.mismatch");
        }
        if (pinfl != null && form.getBirthDate() != null && !pinfl.birthDate().equals(form.getBirthDate())) {
            errors.rejectValue("birthDate", "person.birthDate.pinflMismatch");
        }
        if (pinfl != null && form.getSex() != null && pinfl.sex() != form.getSex()) {
            errors.rejectValue("sex", "person.sex.pinflMismatch");
        }
        if (errors.hasErrors()) {
            return "identity/register";
        }
        var names = CitizenRegistration.bothScripts(
                new PersonName(form.getLastName(), form.getFirstName(), form.getPatronymic()));
        var person = new NewPerson(Objects.requireNonNull(pinfl), names.latin(), names.cyrillic(),
                Objects.requireNonNull(form.getBirthDate()), Objects.requireNonNull(form.getSex()),
                blankToNull(form.getPhone()), blankToNull(form.getEmail()));
        try {
            registration.register(person, form.getPassword());
        } catch (InvalidValueException e) {
            errors.rejectValue(e.rule().startsWith("account.password") ? "password" : "pinfl", e.rule(),
                    e.arguments(), e.getMessage());
            return "identity/register";
        }
        return "redirect:/login?registered";
    }

    private static <T> T check(BindingResult errors, String field, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidValueException e) {
            errors.rejectValue(field, e.rule(), e.arguments(), e.getMessage());
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
