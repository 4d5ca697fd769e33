package uz.yagona.exchange;

import java.util.List;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.Resident;

/** A person with their bank accounts and the real estate they hold shares in: the benchmark query's answer. */
public record PersonWithAssets(Resident person, List<BankAccount> accounts, List<RealEstate> realEstate) {

    public PersonWithAssets {
        accounts = List.copyOf(accounts);
        realEstate = List.copyOf(realEstate);
    }
}
