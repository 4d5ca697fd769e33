package uz.yagona.notifications;

/** Sends a text message; an operator's gateway in production, a recording sandbox by default. */
public interface SmsGateway {

    /** Sends {@code text} to {@code phone}; throws when the gateway did not accept it, so the sender retries. */
    void send(String phone, String text);
}
