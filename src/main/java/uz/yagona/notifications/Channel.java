package uz.yagona.notifications;

/** The ways a notice reaches a person. */
public enum Channel {
    /** A notice the person reads in the cabinet. */
    IN_APP,
    /** An e-mail over SMTP. */
    EMAIL,
    /** A text message through the {@link SmsGateway}. */
    SMS
}
