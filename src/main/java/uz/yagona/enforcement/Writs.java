package uz.yagona.enforcement;

import java.util.Optional;
import uz.yagona.shared.Pinfl;

/** Writs of execution: drafted by court staff, signed by a judge, anchored in the ledger, verifiable by anyone. */
public interface Writs {

    /** The ledger entry type of signed writs. */
    String LEDGER_TYPE = "enforcement.writ";

    /** Drafts a writ of the court {@code court} (an agency code) by the clerk or judge {@code author}. */
    Writ draft(NewWrit writ, String court, Pinfl author);

    /** The judge signs the draft with a kept key opened by the PIN; anchors it and publishes {@link WritSigned}. */
    Writ sign(String number, Pinfl judge, String keySerial, String pin);

    /**
     * As {@link #sign(String, Pinfl, String, String)} with a detached CMS signature the judge made elsewhere over
     * {@link #canonical(String)}; refused when it does not verify or is not the judge's for this court.
     */
    Writ attachSignature(String number, Pinfl judge, byte[] signature);

    /** The bytes a judge signs: the writ as JSON with sorted keys, in UTF-8. */
    byte[] canonical(String number);

    Optional<Writ> find(String number);

    WritVerification verify(String number);
}
