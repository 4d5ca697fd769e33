package uz.yagona.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A detached CMS signature over one version, as attached: who signed by the certificate, and whether the
 * signature module found it valid at the time of attaching.
 */
public record AttachedSignature(long id, DocumentId document, int version, @Nullable String signer,
        @Nullable String signerPinfl, boolean valid, Instant attachedAt) {
}
