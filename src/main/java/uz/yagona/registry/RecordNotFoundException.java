package uz.yagona.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A number, code or id that the registry does not know: an unknown account, cadastral number, VIN, PINFL
 * (when a write needs the person) or an unknown hold, arrest or ban. The rule names what was looked for,
 * e.g. {@code banking.unknown-account}; the first argument is the value that was not found.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RegistryException {

    public RecordNotFoundException(String rule, String detail, Object... arguments) {
        super(rule, detail, arguments);
    }
}
