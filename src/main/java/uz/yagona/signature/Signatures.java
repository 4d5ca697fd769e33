package uz.yagona.signature;

import org.springframework.stereotype.Service;
import uz.yagona.signature.internal.Verifier;

/** What other modules use: verification of a detached CMS/CAdES signature against the national PKI. */
@Service
public class Signatures {

    private final Verifier verifier;

    Signatures(Verifier verifier) {
        this.verifier = verifier;
    }

    /**
     * The report on {@code signature} (DER or PEM CMS SignedData) over {@code document}; throws {@code
     * InvalidValueException} when the signature is not CMS SignedData at all.
     */
    public VerificationReport verify(byte[] document, byte[] signature) {
        return verifier.verify(document, signature);
    }
}
