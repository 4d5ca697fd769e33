package uz.yagona.identity.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.identity.internal.Clients;
import uz.yagona.shared.InvalidValueException;

/** Administrators register relying parties and agency systems with the OpenID Connect provider. */
@Controller
class ClientsController {

    private final Clients clients;

    ClientsController(Clients clients) {
        this.clients = clients;
    }

    @GetMapping("/admin/clients")
    String list(Model model) {
        model.addAttribute("clients", clients.list());
        model.addAttribute("kinds", Clients.Kind.values());
        return "identity/clients";
    }

    @PostMapping("/admin/clients")
    String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "WEB") String kind,
            @RequestParam(defaultValue = "") String redirectUris, @RequestParam(defaultValue = "") String scopes,
            @RequestParam(defaultValue = "") String agency, Model model) {
        try {
            var parsedKind = Arrays.stream(Clients.Kind.values()).filter(k -> k.name().equals(kind)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("client.kind.unknown", "Unknown client kind"));
            var issued = clients.register(name, parsedKind, lines(redirectUris),
                    new LinkedHashSet<>(List.of(scopes.trim().isEmpty() ? new String[0] : scopes.trim().split("[\\s,]+"))),
                    agency);
            model.addAttribute("issued", issued);
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.rule());
            model.addAttribute("errorArguments", e.arguments());
        }
        return list(model);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
