package uz.yagona.identity.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Checks TOTP codes for a login, counting wrong ones towards the lockout and refusing replayed ones. */
@Component
public class SecondFactors {

    private final AccountStore accounts;
    private final SecretBox secrets;
    private final Totp totp;
    private final Clock clock;

    SecondFactors(AccountStore accounts, SecretBox secrets, Totp totp, Clock clock) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.totp = totp;
        this.clock = clock;
    }

    /** The outcome of one code. */
    public enum Outcome { ACCEPTED, REJECTED, LOCKED }

    /** Verifies a code against the account's stored secret. */
    public Outcome verify(YagonaUser user, String code) {
        var account = accounts.findByPinfl(user.getUsername());
        if (account.isEmpty() || account.get().sealedTotpSecret() == null) {
            return Outcome.REJECTED;
        }
        return check(account.get(), secrets.open(account.get().sealedTotpSecret()), code);
    }

    /** Verifies the first code of a secret being enrolled and, if right, stores the secret. */
    public Outcome enrol(YagonaUser user, String secret, String code) {
        var account = accounts.findByPinfl(user.getUsername());
        if (account.isEmpty()) {
            return Outcome.REJECTED;
        }
        var outcome = check(account.get(), secret, code);
        if (outcome == Outcome.ACCEPTED) {
            accounts.setTotp(account.get().id(), secrets.seal(secret));
            totp.matchingStep(secret, code).ifPresent(step -> accounts.advanceTotpStep(account.get().id(), step));
        }
        return outcome;
    }

    /** Turns TOTP off for an account, after the person proved they still hold it. */
    public Outcome disable(YagonaUser user, String code) {
        var outcome = verify(user, code);
        if (outcome == Outcome.ACCEPTED) {
            accounts.clearTotp(user.accountId());
        }
        return outcome;
    }

    public Optional<AccountRecord> account(YagonaUser user) {
        return accounts.findByPinfl(user.getUsername());
    }

    private Outcome check(AccountRecord account, String secret, String code) {
        if (account.lockedAt(clock.instant())) {
            return Outcome.LOCKED;
        }
        var step = totp.matchingStep(secret, code);
        if (step.isPresent() && accounts.advanceTotpStep(account.id(), step.getAsLong())) {
            return Outcome.ACCEPTED;
        }
        accounts.recordFailure(account.pinfl());
        var after = accounts.findByPinfl(account.pinfl()).orElseThrow();
        return after.lockedAt(clock.instant()) ? Outcome.LOCKED : Outcome.REJECTED;
    }
}
