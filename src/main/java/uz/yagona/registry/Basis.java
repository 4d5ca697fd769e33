package uz.yagona.registry;

import uz.yagona.shared.InvalidValueException;

/**
 * Who acts on a registry and on which document: the agency's code (e.g. {@code MIB} for the enforcement
 * bureau), the document (a writ, a court ruling, a decision, with its number) and the case it belongs to.
 * Every hold, debit, arrest, encumbrance and ban keeps its basis.
 */
public record Basis(String agencyCode, String document, String caseReference) {

    public Basis {
        agencyCode = required(agencyCode, "agencyCode", 32);
        document = required(document, "document", 500);
        caseReference = required(caseReference, "caseReference", 100);
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("registry.basis.missing", "the basis needs a " + field, field);
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidValueException("registry.basis.too-long",
                    field + " is longer than " + maxLength + " characters", field, maxLength);
        }
        return stripped;
    }
}
