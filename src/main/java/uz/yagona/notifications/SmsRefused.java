package uz.yagona.notifications;

/** An SMS gateway did not accept a message; the outbox tries again later. */
public class SmsRefused extends RuntimeException {

    public SmsRefused(String message) {
        super(message);
    }
}
