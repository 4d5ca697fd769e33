package uz.yagona.identity;

import org.jspecify.annotations.Nullable;
import uz.yagona.shared.LocalizedText;

/**
 * A state body: a ministry or committee, or one of its regional or district offices. The {@code code} is
 * stable and readable (for example {@code MOJ.1726.1726266}) and is what tokens and other modules carry.
 */
public record Agency(
        AgencyId id, String code, @Nullable AgencyId parent, Level level, LocalizedText name,
        @Nullable String soato) {

    /** Where in the hierarchy an agency stands. */
    public enum Level { MINISTRY, REGIONAL, DISTRICT }
}
