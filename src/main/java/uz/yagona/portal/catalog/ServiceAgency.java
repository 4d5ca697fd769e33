package uz.yagona.portal.catalog;

import uz.yagona.shared.LocalizedText;

/** An agency that answers for services of the catalog, with its name as the catalog shows it. */
record ServiceAgency(String code, LocalizedText name) {
}
