package uz.yagona.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.identity.internal.AccountStore;
import uz.yagona.identity.internal.IdentitySettings;
import uz.yagona.identity.internal.SecretBox;
import uz.yagona.shared.InvalidValueException;

/** Accounts of the national ID: a person's password and, if enabled, TOTP second factor. */
@Service
public class Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final SecretBox secrets;
    private final IdentitySettings settings;

    Accounts(AccountStore store, PasswordEncoder passwords, SecretBox secrets, IdentitySettings settings) {
        this.store = store;
        this.passwords = passwords;
        this.secrets = secrets;
        this.settings = settings;
    }

    /** Opens the person's account; a person has at most one. */
    @Transactional
    public void open(PersonId person, String rawPassword, boolean administrator) {
        checkPassword(rawPassword);
        if (store.findByPerson(person.value()).isPresent()) {
            throw new InvalidValueException("account.exists", "This person already has an account");
        }
        store.insert(person.value(), passwords.encode(rawPassword), administrator);
    }

    public boolean exists(PersonId person) {
        return store.findByPerson(person.value()).isPresent();
    }

    /** Turns TOTP on with a base32 secret the person's authenticator already holds. */
    public void enableTotp(PersonId person, String base32Secret) {
        var account = store.findByPerson(person.value()).orElseThrow();
        store.setTotp(account.id(), secrets.seal(base32Secret));
    }

    /** Checks a new password against the rules: long enough, not only digits, not the PINFL itself. */
    public void checkPassword(String rawPassword) {
        if (rawPassword.length() < settings.minPasswordLength()) {
            throw new InvalidValueException("account.password.tooShort", "Password too short",
                    settings.minPasswordLength());
        }
        if (rawPassword.length() > 128) {
            throw new InvalidValueException("account.password.tooLong", "Password too long", 128);
        }
        if (rawPassword.chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException("account.password.onlyDigits", "Password has only digits");
        }
    }
}
