package uz.yagona.identity.internal;

import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A password was right but the login still needs a TOTP code (or, for officers, a TOTP enrolment). Not
 * authenticated: nothing but the second-factor page accepts it, and the authorization server issues no code.
 */
public final class AwaitingSecondFactor extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String AUTHORITY = "FACTOR_PASSWORD";

    private final YagonaUser user;
    private @Nullable String enrolmentSecret;

    public AwaitingSecondFactor(YagonaUser user) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.user = user;
        setAuthenticated(false);
    }

    public YagonaUser user() {
        return user;
    }

    /** The secret offered to an officer who must enrol, kept until the first code proves the app has it. */
    public @Nullable String enrolmentSecret() {
        return enrolmentSecret;
    }

    public void offerEnrolmentSecret(String secret) {
        this.enrolmentSecret = secret;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public YagonaUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
