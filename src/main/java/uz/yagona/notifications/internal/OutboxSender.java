package uz.yagona.notifications.internal;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.notifications.SmsGateway;
import uz.yagona.notifications.SmsRefused;

/**
 * Sends the due messages of the outbox. The claimed rows stay locked until the run's transaction commits with
 * them marked SENT, so a concurrent sender (another thread or node) skips them and none goes out twice.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final SmsGateway sms;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mail, SmsGateway sms, NotificationSettings settings,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.mail = mail;
        this.sms = sms;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Sends one batch of due messages; returns how many were sent. */
    public int sendDue() {
        Integer sent = transaction.execute(status -> {
            int count = 0;
            for (var message : outbox.claimDue(settings.batchSize())) {
                try {
                    deliver(message);
                    outbox.markSent(message.id());
                    count++;
                } catch (MailException | MessagingException | SmsRefused | IllegalStateException e) {
                    int attempt = message.attempts() + 1;
                    boolean last = attempt >= settings.maxAttempts();
                    log.warn("Could not send {} {} (attempt {}{})", message.channel(), message.id(), attempt,
                            last ? ", giving up" : "", e);
                    outbox.markFailed(message.id(), String.valueOf(e.getMessage()), settings.delayAfter(attempt),
                            last);
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private void deliver(Outbox.Message message) throws MessagingException {
        switch (message.channel()) {
            case EMAIL -> {
                var sender = mail.getIfAvailable();
                if (sender == null) {
                    throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
                }
                var mime = sender.createMimeMessage();
                var helper = new MimeMessageHelper(mime, "UTF-8");
                helper.setFrom(settings.mailFrom());
                helper.setTo(message.address());
                helper.setSubject(message.subject());
                helper.setText(message.body());
                sender.send(mime);
            }
            case SMS -> sms.send(message.address(), message.subject() + ": " + message.body());
            case IN_APP -> throw new IllegalStateException("In-app notices are not sent through the outbox");
        }
    }
}
