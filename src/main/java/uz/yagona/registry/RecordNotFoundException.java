package uz.yagona.registry;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A number, code or id that the registry does not know: an unknown account, cadastral number, VIN, PINFL
 * (when a write needs the person) or an unknown hold, arrest or ban. The rule names what was looked for,
 * e.g. {@code banking.unknown-account}; the first argument is the value that was not found. As an
 * {@link ErrorResponse} it becomes a 404, never a 500, wherever it reaches the web layer.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RegistryException implements ErrorResponse {

    public RecordNotFoundException(String rule, String detail, Object... arguments) {
        super(rule, detail, arguments);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public ProblemDetail getBody() {
        return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    }

    @Override
    public String getDetailMessageCode() {
        return rule();
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return arguments();
    }
}
