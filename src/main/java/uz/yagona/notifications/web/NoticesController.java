package uz.yagona.notifications.web;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.notifications.NoticeId;
import uz.yagona.notifications.Notifications;
import uz.yagona.shared.Pinfl;

/** The signed-in person's notices in the cabinet; marking one read. The person's user name is their PINFL. */
@Controller
class NoticesController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tashkent"));

    /** A notice as the page shows it, its time in Tashkent. */
    record Row(UUID id, String subject, String body, String time, boolean read) {}

    private final Notifications notifications;
    private final Persons persons;

    NoticesController(Notifications notifications, Persons persons) {
        this.notifications = notifications;
        this.persons = persons;
    }

    @GetMapping("/cabinet/notices")
    String page(Principal principal, Model model) {
        model.addAttribute("notices", notifications.notices(person(principal)).stream()
                .map(notice -> new Row(notice.id().value(), notice.subject(), notice.body(),
                        TIME.format(notice.createdAt()), notice.read()))
                .toList());
        return "notifications/notices";
    }

    @PostMapping("/cabinet/notices/{id}/read")
    String markRead(Principal principal, @PathVariable UUID id) {
        if (!notifications.markRead(person(principal), new NoticeId(id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cabinet/notices";
    }

    private PersonId person(Principal principal) {
        return persons.findByPinfl(new Pinfl(principal.getName())).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.FORBIDDEN)).id();
    }
}
