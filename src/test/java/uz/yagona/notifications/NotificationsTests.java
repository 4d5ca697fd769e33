package uz.yagona.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.notifications.internal.OutboxSender;
import uz.yagona.notifications.internal.SandboxSms;
import uz.yagona.shared.Sex;
import uz.yagona.shared.UzbekScript;

/**
 * Notifications against real PostgreSQL and a real in-process SMTP server (GreenMail): what the caller's
 * transaction decides, what arrives, in which language, and how often.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationsTests {

    static final Locale UZ_CYRL = Locale.forLanguageTag("uz-Cyrl");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    SandboxSms sms;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNoticeWhoseTransactionRollsBackIsNeverSentNorShown() throws Exception {
        var person = person();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.notify(person.id(), Locale.ENGLISH, "applicationReceived", List.of("Nigora", "A-1"),
                    Set.of(Channel.EMAIL, Channel.SMS, Channel.IN_APP));
            status.setRollbackOnly();
        });

        sender.sendDue();

        assertThat(mailsTo(person.email())).isEmpty();
        assertThat(sms.sentTo(person.phone())).isEmpty();
        assertThat(notifications.notices(person.id())).isEmpty();
        assertThat(outboxRows(person.email())).isZero();
    }

    @Test
    void aCommittedNoticeArrivesByEmailInTheRecipientsLanguage() throws Exception {
        var person = person();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                notifications.notify(person.id(), UZ_CYRL, "applicationReceived", List.of("Нигора", "A-2"),
                        Set.of(Channel.EMAIL)));

        assertThat(mailsTo(person.email())).as("nothing is sent before the sender runs").isEmpty();
        sender.sendDue();

        var mails = mailsTo(person.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Аризангиз қабул қилинди");
        assertThat(GreenMailUtil.getBody(mails.getFirst())).isNotBlank();
        assertThat(String.valueOf(mails.getFirst().getContent()))
                .isEqualTo("Ҳурматли Нигора, A-2 рақамли аризангиз қабул қилинди ва кўриб чиқилмоқда.");
        assertThat(mails.getFirst().getFrom()[0].toString()).isEqualTo("noreply@yagona.uz");
    }

    @Test
    void sendersRunningTwiceAndConcurrentlySendEachEmailExactlyOnce() throws Exception {
        var person = person();
        int notices = 6;
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < notices; i++) {
                notifications.notify(person.id(), Locale.forLanguageTag("ru"), "documentIssued",
                        List.of("Нигора", "Справка " + i), Set.of(Channel.EMAIL));
            }
        });

        int senders = 4;
        var start = new CountDownLatch(1);
        var sent = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newFixedThreadPool(senders)) {
            for (int i = 0; i < senders; i++) {
                sent.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return sender.sendDue();
                }));
            }
            start.countDown();
        }
        sender.sendDue();

        var mails = mailsTo(person.email());
        assertThat(mails).hasSize(notices);
        assertThat(mails.stream().map(NotificationsTests::subject)).containsOnly("Ваш документ готов");
        assertThat(mails.stream().map(NotificationsTests::content).distinct()).hasSize(notices);
        assertThat(jdbc.sql("select count(*) from notifications.outbox where address = ? and status = 'SENT'")
                .param(person.email()).query(Integer.class).single()).isEqualTo(notices);
    }

    @Test
    void textMessagesGoThroughTheSandboxGatewayWhichRecordsThem() {
        var person = person();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                notifications.notify(person.id(), Locale.forLanguageTag("uz-Latn"), "applicationReceived",
                        List.of("Nigora", "A-3"), Set.of(Channel.SMS)));

        sender.sendDue();
        sender.sendDue();

        assertThat(sms.sentTo(person.phone())).containsExactly(
                "Arizangiz qabul qilindi: Hurmatli Nigora, A-3 raqamli arizangiz qabul qilindi va koʻrib chiqilmoqda.");
    }

    @Test
    void aPersonListsInAppNoticesNewestFirstAndMarksThemRead() {
        var person = person();
        var other = person();
        notifications.notify(person.id(), Locale.ENGLISH, "applicationReceived", List.of("Nigora", "A-4"),
                Set.of(Channel.IN_APP));
        notifications.notify(person.id(), Locale.ENGLISH, "documentIssued", List.of("Nigora", "Certificate"),
                Set.of(Channel.IN_APP));

        var notices = notifications.notices(person.id());
        assertThat(notices).extracting(Notice::subject)
                .containsExactlyInAnyOrder("Your application has been received", "Your document is ready");
        assertThat(notices).noneMatch(Notice::read);
        assertThat(notifications.unread(person.id())).isEqualTo(2);

        var first = notices.getFirst().id();
        assertThat(notifications.markRead(other.id(), first)).as("not the other person's notice").isFalse();
        assertThat(notifications.markRead(person.id(), first)).isTrue();
        assertThat(notifications.unread(person.id())).isEqualTo(1);
        assertThat(notifications.notices(person.id())).filteredOn(Notice::read).extracting(Notice::id)
                .containsExactly(first);
        assertThat(notifications.notices(other.id())).isEmpty();
    }

    @Test
    void aFailedEmailIsRetriedLaterAndSentOnce() throws Exception {
        var person = person();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                notifications.notify(person.id(), Locale.ENGLISH, "documentIssued", List.of("Nigora", "Licence"),
                        Set.of(Channel.EMAIL)));
        smtp.stop();
        try {
            sender.sendDue();
        } finally {
            smtp.start();
        }
        var row = jdbc.sql("select status, attempts, last_error from notifications.outbox where address = ?")
                .param(person.email()).query().singleRow();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();

        sender.sendDue();
        assertThat(mailsTo(person.email())).as("not retried before the backoff delay").isEmpty();

        Thread.sleep(1_200);
        sender.sendDue();
        assertThat(mailsTo(person.email())).hasSize(1);
    }

    @Test
    void anUnknownTemplateFailsAndWritesNothing() {
        var person = person();
        assertThatThrownBy(() -> notifications.notify(person.id(), Locale.ENGLISH, "noSuchTemplate", List.of(),
                Set.of(Channel.IN_APP, Channel.EMAIL))).isInstanceOf(NoSuchMessageException.class);
        assertThat(notifications.notices(person.id())).isEmpty();
        assertThat(outboxRows(person.email())).isZero();
    }

    @Test
    void aChannelWithoutAnAddressIsSkipped() {
        var person = person();
        var recipient = new Recipient(person.id(), Locale.ENGLISH, " ", null);
        notifications.notify(recipient, "applicationReceived", List.of("Nigora", "A-5"),
                Set.of(Channel.EMAIL, Channel.SMS, Channel.IN_APP));
        assertThat(notifications.notices(person.id())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from notifications.outbox where template = 'applicationReceived' "
                + "and body like '%A-5 %'").query(Integer.class).single()).isZero();
    }

    private Person person() {
        var pinfl = TestCitizens.freshPinfl(Sex.FEMALE);
        String email = "nigora." + pinfl.value() + "@example.uz";
        String phone = "+998" + pinfl.value().substring(5);
        var id = persons.register(new NewPerson(pinfl, new PersonName("Testova", "Nigora", "Aziz qizi"),
                new PersonName(UzbekScript.toCyrillic("Testova"), UzbekScript.toCyrillic("Nigora"),
                        UzbekScript.toCyrillic("Aziz qizi")),
                pinfl.birthDate(), Sex.FEMALE, phone, email));
        return new Person(id, email, phone);
    }

    record Person(PersonId id, String email, String phone) {}

    private int outboxRows(String address) {
        return jdbc.sql("select count(*) from notifications.outbox where address = ?").param(address)
                .query(Integer.class).single();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
