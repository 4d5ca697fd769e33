package uz.yagona.registry;

import java.util.List;
import java.util.Optional;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * The tax committee's registry: taxpayers by STIR (and individuals also by PINFL), employment and salary as
 * employers report them, declared income and tax debts. Unknown numbers give empty answers.
 */
public interface TaxRegistry {

    Optional<Taxpayer> taxpayer(Stir stir);

    /** The individual taxpayer with this PINFL, if the person has a STIR. */
    Optional<Taxpayer> taxpayerOf(Pinfl pinfl);

    /** The person's jobs, current and past, the most recent first. */
    List<Employment> employment(Pinfl pinfl);

    /** Declarations by year, the latest first. */
    List<IncomeDeclaration> income(Stir stir);

    /** Unpaid tax debts, the oldest first. */
    List<TaxDebt> debts(Stir stir);
}
