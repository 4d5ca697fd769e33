package uz.yagona.exchange;

import java.util.List;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Employment;
import uz.yagona.registry.IncomeDeclaration;
import uz.yagona.registry.Owner;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.TravelBan;
import uz.yagona.registry.Vehicle;

/**
 * What enforcement may reach of a debtor: accounts, real estate, vehicles, and for a person also employment
 * (the employer who can withhold from the salary), declared income and travel bans already in force.
 */
public record DebtorAssets(Owner debtor, List<BankAccount> accounts, List<RealEstate> realEstate,
        List<Vehicle> vehicles, List<Employment> employment, List<IncomeDeclaration> income,
        List<TravelBan> travelBans) {

    public DebtorAssets {
        accounts = List.copyOf(accounts);
        realEstate = List.copyOf(realEstate);
        vehicles = List.copyOf(vehicles);
        employment = List.copyOf(employment);
        income = List.copyOf(income);
        travelBans = List.copyOf(travelBans);
    }
}
