package uz.yagona.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * What enforcement may reach of a debtor (a person by PINFL or an entity by STIR): accounts, real estate,
 * vehicles, and for a person also employment (the employer who can withhold from the salary), declared income
 * and travel bans already in force.
 */
public record DebtorAssets(@Nullable Pinfl pinfl, @Nullable Stir stir, List<Assets.Account> accounts,
        List<Assets.Property> realEstate, List<Assets.Vehicle> vehicles, List<Assets.Job> employment,
        List<Assets.Income> income, List<Measures.TravelBan> travelBans) {

    public DebtorAssets {
        accounts = List.copyOf(accounts);
        realEstate = List.copyOf(realEstate);
        vehicles = List.copyOf(vehicles);
        employment = List.copyOf(employment);
        income = List.copyOf(income);
        travelBans = List.copyOf(travelBans);
    }
}
