package uz.yagona.registry;

import uz.yagona.shared.InvalidValueException;

/**
 * A person's name as the civil registry writes it, in one script. The patronymic (<i>otasining ismi</i>) may be
 * empty for persons who have none, never absent.
 */
public record FullName(String last, String first, String patronymic) {

    public FullName {
        if (last == null || last.isBlank() || first == null || first.isBlank()) {
            throw new InvalidValueException("registry.name.missing", "last and first names are required");
        }
        if (patronymic == null) {
            patronymic = "";
        }
    }
}
