package uz.yagona.signature.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uz.yagona.signature.Signatures;
import uz.yagona.signature.VerificationReport;

/**
 * Verification for anyone: a document and its detached signature in, the report out; a signed PDF alone (PAdES)
 * is verified by the signatures it carries.
 */
@RestController
class VerificationApi {

    private final Signatures signatures;

    VerificationApi(Signatures signatures) {
        this.signatures = signatures;
    }

    @PostMapping(path = "/api/v1/signatures/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VerificationReport verify(@RequestPart("document") MultipartFile document,
            @RequestPart(name = "signature", required = false) @Nullable MultipartFile signature) throws IOException {
        if (signature == null || signature.isEmpty()) {
            return signatures.verifyPdf(document.getBytes());
        }
        return signatures.verify(document.getBytes(), signature.getBytes());
    }
}
