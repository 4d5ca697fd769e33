package uz.yagona.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Pinfl;

/** The border service's list of persons temporarily not allowed to leave the country, with the basis of each ban. */
public interface TravelRestrictions {

    /** The person's bans, in force or not, the newest first. */
    List<TravelBan> bans(Pinfl pinfl);

    /**
     * Bans the person from leaving the country from today, until lifted or, if {@code until} is given, until that
     * day inclusive. Fails with {@link RecordNotFoundException} for a PINFL unknown to the population registry and
     * with {@code travel.until} for a day in the past.
     */
    TravelBan ban(Pinfl pinfl, @Nullable LocalDate until, Basis basis);

    /** Lifts a ban; unknown ids are {@link RecordNotFoundException}s, lifted ones {@code travel.already-lifted}. */
    void lift(UUID banId, Basis basis);
}
