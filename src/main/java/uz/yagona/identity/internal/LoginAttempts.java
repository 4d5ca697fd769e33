package uz.yagona.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords towards the lockout. Wrong TOTP codes are counted where they are checked. */
@Component
class LoginAttempts {

    private final AccountStore accounts;

    LoginAttempts(AccountStore accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof String pinfl) {
            accounts.recordFailure(pinfl.strip());
        }
    }
}
