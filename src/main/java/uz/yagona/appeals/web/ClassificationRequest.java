package uz.yagona.appeals.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What to classify: the appeal's text (a JSON string, at most {@value #MAX_TEXT} characters) and, if known, the
 * SOATO code of the appellant's district (7 digits) or region (4 digits).
 */
record ClassificationRequest(
        @NotBlank @Size(max = MAX_TEXT) @JsonDeserialize(using = StringOnly.class) @Nullable String text,
        @JsonDeserialize(using = StringOnly.class) @Nullable String district) {

    static final int MAX_TEXT = 5000;
}
