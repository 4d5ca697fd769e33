package uz.yagona.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * The interagency exchange as other modules call it: every registry read or change, each with the
 * {@link RequestContext} it serves, answered in the exchange's own records ({@link PersonalData},
 * {@link Assets}, {@link Measures}) so that no caller depends on the registries. Each call is checked against the
 * policy and logged with its outcome. A call that is not served throws an {@link ExchangeException}:
 * {@link RequestRejected} (malformed, names the field), {@link RequestRefused} (the policy says no, with the
 * reason) or {@link SubjectNotFound} (unknown PINFL, STIR, account...). Changes are logged as served when the
 * caller's transaction commits.
 */
public interface Exchange {

    /** Names, birth date, registered address and valid passport ({@code population.person}). */
    PersonalData personalData(Pinfl pinfl, RequestContext context);

    List<Assets.Relative> family(Pinfl pinfl, RequestContext context);

    List<Assets.CivilAct> civilActs(Pinfl pinfl, RequestContext context);

    List<Assets.Job> employment(Pinfl pinfl, RequestContext context);

    List<Assets.Income> income(Stir stir, RequestContext context);

    List<Assets.TaxDebt> taxDebts(Stir stir, RequestContext context);

    List<Assets.Property> realEstate(Debtor owner, RequestContext context);

    List<Assets.Account> accounts(Debtor owner, RequestContext context);

    List<Assets.Vehicle> vehicles(Debtor owner, RequestContext context);

    List<Measures.TravelBan> travelBans(Pinfl pinfl, RequestContext context);

    /** The person with accounts and real estate in one request (three registry reads, no per-item calls). */
    PersonWithAssets personWithAssets(Pinfl pinfl, RequestContext context);

    /** Everything enforcement looks for about a debtor, person or entity, in one request. */
    DebtorAssets debtorAssets(Debtor debtor, RequestContext context);

    /** Holds money in an account of the debtor; rejected if the account is not the debtor's. */
    Measures.Hold hold(Debtor debtor, String account, Money amount, RequestContext context);

    void releaseHold(Debtor debtor, UUID holdId, RequestContext context);

    /** Debits money under a hold to the beneficiary, exactly once per idempotency key. */
    Measures.Debit debit(Debtor debtor, String idempotencyKey, UUID holdId, Money amount, String beneficiaryAccount,
            RequestContext context);

    /** Arrests a real-estate object in which the debtor holds a share. */
    Measures.Arrest arrestRealEstate(Debtor debtor, String cadastralNumber, RequestContext context);

    void liftRealEstateArrest(Debtor debtor, UUID arrestId, RequestContext context);

    /** Arrests a vehicle registered to the debtor. */
    Measures.Arrest arrestVehicle(Debtor debtor, String vin, RequestContext context);

    void liftVehicleArrest(Debtor debtor, UUID arrestId, RequestContext context);

    Measures.TravelBan banTravel(Pinfl pinfl, @Nullable LocalDate until, RequestContext context);

    void liftTravelBan(Pinfl pinfl, UUID banId, RequestContext context);

    /**
     * Any read service by its code, for callers that speak in codes (the REST API): {@code subject} is a PINFL
     * (14 digits) or a STIR (9 digits), as the service needs. The answer is one of the records above.
     */
    Answer query(ExchangeService service, String subject, Map<String, String> parameters, RequestContext context);

    /** An answer with the id of its access-log entry. */
    record Answer(UUID requestId, Object value) {
    }
}
