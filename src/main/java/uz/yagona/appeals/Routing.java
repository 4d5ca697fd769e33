package uz.yagona.appeals;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Soato;

/** Which body answers for an appeal on a topic from a place: the district's office where there is one. */
public interface Routing {

    /**
     * The responsible body for the topic in the district (7-digit SOATO) or region (4 digits); the region's or the
     * national body where the place is not known or the topic is handled higher up.
     *
     * @throws uz.yagona.shared.InvalidValueException with rule {@code appeals.district.unknown} for a well-formed
     *         code that names no region or district
     */
    ResponsibleBody responsibleFor(Topic topic, @Nullable Soato place);

    /** A body that answers appeals: its code, level, the place it serves and its name in every language. */
    record ResponsibleBody(String code, Level level, @Nullable Soato soato, LocalizedText name) {

        public String name(Locale locale) {
            return name.in(locale);
        }
    }

    /** Where in the hierarchy the body sits. */
    enum Level {
        NATIONAL, REGIONAL, DISTRICT
    }
}
