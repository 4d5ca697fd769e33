package uz.yagona.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.notifications.internal.Notices;
import uz.yagona.notifications.internal.Outbox;

/**
 * Notifies people. Call it inside the transaction whose outcome the notice tells of: the notice is written there,
 * so it is sent if and only if that transaction commits. Templates are the message keys
 * {@code notifications.<template>.subject} and {@code .body} in {@code i18n/notifications*.properties}, with
 * the arguments as {@code {0}}, {@code {1}}, …
 */
@Service
public class Notifications {

    private final Persons persons;
    private final MessageSource messages;
    private final Notices notices;
    private final Outbox outbox;

    Notifications(Persons persons, MessageSource messages, Notices notices, Outbox outbox) {
        this.persons = persons;
        this.messages = messages;
        this.notices = notices;
        this.outbox = outbox;
    }

    /** Notifies a person at the e-mail and phone the national ID has for them, in {@code language}. */
    @Transactional
    public void notify(PersonId person, Locale language, String template, List<?> args, Set<Channel> channels) {
        var known = persons.find(person)
                .orElseThrow(() -> new IllegalArgumentException("No person " + person.value()));
        notify(new Recipient(person, language, known.email(), known.phone()), template, args, channels);
    }

    /**
     * Writes the notice for each channel; a channel the recipient has no address for is skipped. An unknown
     * template fails with {@link org.springframework.context.NoSuchMessageException} before anything is written.
     */
    @Transactional
    public void notify(Recipient recipient, String template, List<?> args, Set<Channel> channels) {
        Object[] values = args.toArray();
        String subject = messages.getMessage("notifications." + template + ".subject", values, recipient.language());
        String body = messages.getMessage("notifications." + template + ".body", values, recipient.language());
        for (Channel channel : channels) {
            switch (channel) {
                case IN_APP -> notices.add(recipient.person(), template, subject, body);
                case EMAIL -> {
                    if (recipient.email() != null) {
                        outbox.add(Channel.EMAIL, recipient.email(), template, subject, body);
                    }
                }
                case SMS -> {
                    if (recipient.phone() != null) {
                        outbox.add(Channel.SMS, recipient.phone(), template, subject, body);
                    }
                }
            }
        }
    }

    /** The person's in-app notices, newest first. */
    public List<Notice> notices(PersonId person) {
        return notices.of(person);
    }

    public int unread(PersonId person) {
        return notices.unread(person);
    }

    /** Marks the person's own notice read; false when it is not theirs or does not exist. */
    @Transactional
    public boolean markRead(PersonId person, NoticeId notice) {
        return notices.markRead(person, notice);
    }
}
