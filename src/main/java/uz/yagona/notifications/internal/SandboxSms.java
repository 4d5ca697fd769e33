package uz.yagona.notifications.internal;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.notifications.SmsGateway;

/** The SMS gateway outside production: records each message in {@code notifications.sandbox_sms}. */
@Component
@ConditionalOnProperty(name = "yagona.notifications.sms-gateway", havingValue = "sandbox", matchIfMissing = true)
public class SandboxSms implements SmsGateway {

    private final JdbcClient jdbc;

    SandboxSms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(String phone, String text) {
        jdbc.sql("insert into notifications.sandbox_sms (phone, text) values (?, ?)").params(phone, text).update();
    }

    /** The texts "sent" to {@code phone}, oldest first. */
    public List<String> sentTo(String phone) {
        return jdbc.sql("select text from notifications.sandbox_sms where phone = ? order by id")
                .param(phone).query(String.class).list();
    }
}
