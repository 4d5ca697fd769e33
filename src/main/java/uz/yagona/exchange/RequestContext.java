package uz.yagona.exchange;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uz.yagona.identity.PersonId;

/**
 * Who asks, why and on what grounds; every call of the exchange carries one. Exactly one of {@code officer}
 * (an officer, or for {@link Purpose#SELF} the person themselves) and {@code system} (the OAuth2 client id of
 * an agency system) is set. Purpose, legal basis and case reference are required: a request without them is
 * rejected and logged as such. {@code hiddenUntil} keeps a {@link Purpose#CRIMINAL_INVESTIGATION} request out of
 * the person's view until that day.
 */
public record RequestContext(String agency, @Nullable PersonId officer, @Nullable String system,
        @Nullable Purpose purpose, @Nullable String legalBasis, @Nullable String caseReference,
        @Nullable LocalDate hiddenUntil) {

    /** The agency whose systems run the portal; it asks for persons' own data on their behalf. */
    public static final String PORTAL_AGENCY = "MDT";

    /** An officer of {@code agency} acting in a case. */
    public static RequestContext officer(String agency, PersonId officer, Purpose purpose, String legalBasis,
            String caseReference) {
        return new RequestContext(agency, officer, null, purpose, legalBasis, caseReference, null);
    }

    /** An agency system (OAuth2 client) acting in a case. */
    public static RequestContext system(String agency, String clientId, Purpose purpose, String legalBasis,
            String caseReference) {
        return new RequestContext(agency, null, clientId, purpose, legalBasis, caseReference, null);
    }

    /** The person asking for their own data through the portal, for an application or with their consent. */
    public static RequestContext self(PersonId person, String legalBasis, String applicationReference) {
        return new RequestContext(PORTAL_AGENCY, person, null, Purpose.SELF, legalBasis, applicationReference, null);
    }

    /** The same request, hidden from the person until {@code day} (criminal investigations only). */
    public RequestContext hiddenUntil(LocalDate day) {
        return new RequestContext(agency, officer, system, purpose, legalBasis, caseReference, day);
    }
}
