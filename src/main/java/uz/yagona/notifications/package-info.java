/**
 * Notifications: in-app notices in the cabinet, e-mail over SMTP and SMS through a gateway, rendered from
 * templates in the four languages in the recipient's language. A notice is written to an outbox in the caller's
 * transaction, so it goes out if and only if that transaction commits; a sender claims due rows with
 * {@code for update skip locked}, so no notice is sent twice by concurrent senders, and retries failures.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "identity"})
@NullMarked
package uz.yagona.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
