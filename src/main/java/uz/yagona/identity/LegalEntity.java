package uz.yagona.identity;

import java.time.LocalDate;
import java.util.UUID;
import uz.yagona.shared.Stir;

/** A legal entity registered with the state, known by its taxpayer number. */
public record LegalEntity(UUID id, Stir stir, String name, String legalForm, LocalDate registeredOn) {

    /** How a person acts for a legal entity. */
    public enum Role { DIRECTOR, ACCOUNTANT, AUTHORIZED }
}
