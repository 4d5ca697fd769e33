package uz.yagona.appeals.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uz.yagona.appeals.Classification;
import uz.yagona.appeals.Routing.ResponsibleBody;

/** The answer of the classification API: topic, responsible agency, confidence, explanation, model version. */
record ClassificationJson(String topic, String topicName, AgencyJson agency, double confidence,
        List<Classification.Evidence> explanation, String modelVersion) {

    /** The responsible body, named in the client's language. */
    record AgencyJson(String code, String name, String level, @Nullable String soato) {

        static AgencyJson of(ResponsibleBody body, Locale locale) {
            return new AgencyJson(body.code(), body.name(locale), body.level().name().toLowerCase(Locale.ROOT),
                    body.soato() == null ? null : body.soato().value());
        }
    }
}
