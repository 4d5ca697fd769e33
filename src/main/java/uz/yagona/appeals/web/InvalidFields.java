package uz.yagona.appeals.web;

import java.util.HashMap;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import uz.yagona.appeals.InvalidAppeal;

/** Broken rules of an appeal's fields as a binding failure, which the API answers as a 400 naming each field. */
final class InvalidFields {

    private InvalidFields() {
    }

    static BindException of(InvalidAppeal invalid) {
        var result = new MapBindingResult(new HashMap<>(), "appeal");
        invalid.fields().forEach((field, rule) -> result.addError(new FieldError("appeal", field, null, false,
                new String[] {rule.key()}, rule.arguments(), rule.key())));
        return new BindException(result);
    }
}
