package uz.yagona.portal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Money;

/**
 * One public service of the catalog, defined as data: what it is called and does in the four languages, which
 * agency answers for it, who may apply, what the form asks, what the registries fill in through the exchange
 * (once-only), the fee, the legal term and what the applicant receives.
 *
 * @param code stable identifier used in addresses and the API, e.g. {@code civil.birth-certificate}
 * @param keywords extra words people use for the service (colloquial forms, abbreviations), any language or script
 * @param fee zero for free services
 * @param termDays legal term in calendar days, counted from submission (or payment, when a fee is due)
 * @param licenceType for {@link Result#LICENCE}, the licence type code issued on approval; null otherwise
 */
public record PublicService(String code, Group group, String agencyCode, LocalizedText name,
        LocalizedText description, Set<Applicant> applicants, List<FormField> fields, Set<Prefill> prefill,
        Money fee, int termDays, Result result, @Nullable String licenceType, boolean signatureRequired,
        List<String> keywords) {

    public PublicService {
        applicants = Set.copyOf(applicants);
        fields = List.copyOf(fields);
        prefill = Set.copyOf(prefill);
        keywords = List.copyOf(keywords);
        if (termDays <= 0) {
            throw new IllegalArgumentException("legal term must be positive: " + code);
        }
        if ((result == Result.LICENCE) != (licenceType != null)) {
            throw new IllegalArgumentException("a licence type goes with a licence result only: " + code);
        }
    }

    public boolean paid() {
        return !fee.isZero();
    }

    /** The catalog's groups, as on the portal's front page. */
    public enum Group {
        CIVIL_STATUS, PERSONAL_DOCUMENTS, BUSINESS, TAX_AND_FINANCE, SOCIAL_PROTECTION, EDUCATION, HEALTH,
        REAL_ESTATE
    }

    /** Who may apply. */
    public enum Applicant {
        INDIVIDUAL, LEGAL_ENTITY, SOLE_PROPRIETOR
    }

    /** What the applicant receives on approval. */
    public enum Result {
        CERTIFICATE, LICENCE, PERMIT, DECISION, EXTRACT, DOCUMENT
    }

    /**
     * What the registries give through the exchange, so the form does not ask for it: each item is one exchange
     * service read with purpose SELF after the applicant's consent.
     */
    public enum Prefill {
        /** Name in both scripts, PINFL, birth date, sex ({@code population.person}). */
        PERSON,
        /** Registered address ({@code population.person}). */
        ADDRESS,
        /** The valid passport ({@code population.person}). */
        PASSPORT,
        /** Spouse, children, parents ({@code population.family}). */
        FAMILY,
        /** Birth, marriage, divorce, death records ({@code population.civil-acts}). */
        CIVIL_ACTS,
        /** Employer and salary ({@code tax.employment}). */
        EMPLOYMENT,
        /** Declared income ({@code tax.income}). */
        INCOME,
        /** Real estate owned ({@code cadastre.real-estate}). */
        REAL_ESTATE,
        /** Vehicles registered ({@code vehicles.list}). */
        VEHICLES
    }

    /**
     * A field the applicant fills in.
     *
     * @param name form parameter name, e.g. {@code childName}
     * @param options for {@link Type#CHOICE}: allowed values with their labels; empty otherwise
     * @param pattern optional regular expression the value must match (whole value)
     * @param mediaTypes for {@link Type#FILE}: accepted media types, e.g. {@code application/pdf}, {@code image/jpeg}
     */
    public record FormField(String name, LocalizedText label, Type type, boolean required, List<Option> options,
            @Nullable String pattern, List<String> mediaTypes) {

        public FormField {
            options = List.copyOf(options);
            mediaTypes = List.copyOf(mediaTypes);
        }

        public enum Type {
            TEXT, LONG_TEXT, DATE, NUMBER, CHOICE, FILE, PINFL
        }

        public record Option(String value, LocalizedText label) {
        }
    }
}
