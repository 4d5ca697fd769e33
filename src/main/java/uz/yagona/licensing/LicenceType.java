package uz.yagona.licensing;

import uz.yagona.shared.LocalizedText;

/** A kind of licence and the agency that issues it. */
public record LicenceType(String code, LocalizedText name, String agencyCode) {
}
