package uz.yagona.signature.internal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import uz.yagona.identity.PersonName;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Whom a certificate names, one record per certificate profile. The subject is built from the platform's own
 * records, never from what a CSR claims. Identifiers follow ETSI EN 319 412-1: the PINFL as {@code
 * serialNumber=PNOUZ-<pinfl>}, the STIR as {@code organizationIdentifier=NTRUZ-<stir>}.
 */
public sealed interface Holder {

    String PINFL_PREFIX = "PNOUZ-";
    String STIR_PREFIX = "NTRUZ-";

    /** The profile's name as recorded with the certificate. */
    String profile();

    X500Name subject();

    /** A citizen signing for themself. */
    record Person(Pinfl pinfl, PersonName name) implements Holder {
        @Override
        public String profile() {
            return "PERSON";
        }

        @Override
        public X500Name subject() {
            return person(pinfl, name).build();
        }
    }

    /** An officer signing for an agency, in a position. */
    record Official(Pinfl pinfl, PersonName name, String agencyCode, String agencyName, String position)
            implements Holder {
        @Override
        public String profile() {
            return "OFFICIAL";
        }

        @Override
        public X500Name subject() {
            return person(pinfl, name).addRDN(BCStyle.O, agencyName).addRDN(BCStyle.OU, agencyCode)
                    .addRDN(BCStyle.T, position).build();
        }
    }

    /** A person representing a legal entity (director, accountant, authorised person). */
    record LegalEntity(Pinfl pinfl, PersonName name, Stir stir, String entityName) implements Holder {
        @Override
        public String profile() {
            return "LEGAL_ENTITY";
        }

        @Override
        public X500Name subject() {
            return person(pinfl, name).addRDN(BCStyle.O, entityName)
                    .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, STIR_PREFIX + stir.value()).build();
        }
    }

    /** An agency's seal (muhr): signs on behalf of the body itself, not of a person. */
    record Seal(String agencyCode, String agencyName) implements Holder {
        @Override
        public String profile() {
            return "SEAL";
        }

        @Override
        public X500Name subject() {
            return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "UZ").addRDN(BCStyle.O, agencyName)
                    .addRDN(BCStyle.OU, agencyCode).addRDN(BCStyle.CN, agencyName).build();
        }
    }

    private static X500NameBuilder person(Pinfl pinfl, PersonName name) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "UZ")
                .addRDN(BCStyle.SURNAME, name.last())
                .addRDN(BCStyle.GIVENNAME, name.first())
                .addRDN(BCStyle.SERIALNUMBER, PINFL_PREFIX + pinfl.value())
                .addRDN(BCStyle.CN, name.full());
    }
}
