package uz.yagona.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.documents.AccessRefused;
import uz.yagona.documents.DocumentContent;
import uz.yagona.documents.DocumentId;
import uz.yagona.documents.DocumentNotFound;
import uz.yagona.documents.Documents;
import uz.yagona.documents.Reader;
import uz.yagona.shared.Pinfl;

/** A document's latest content for a bearer who may read it: an officer of the owning agency, the subject, a grantee. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Electronic document management: content of documents one may read")
class DocumentsApi {

    private final Documents documents;

    DocumentsApi(Documents documents) {
        this.documents = documents;
    }

    @Operation(summary = "Read a document",
            description = "The latest version's content, checked against its SHA-256 digest; 403 for anyone but "
                    + "officers of the owning agency, the person the document is about and those granted reading.")
    @GetMapping("/{id}")
    ResponseEntity<byte[]> read(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        var document = new DocumentId(id);
        var content = readAsAnyOf(document, readers(token));
        var version = content.version();
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(version.mediaType()));
        headers.setETag("\"" + version.sha256() + "\"");
        headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                HexFormat.of().parseHex(version.sha256())) + ":");
        headers.set("Document-Version", Integer.toString(version.number()));
        if (content.registrationNumber() != null) {
            headers.set("Document-Registration-Number", content.registrationNumber());
        }
        return ResponseEntity.ok().headers(headers).body(content.content());
    }

    private DocumentContent readAsAnyOf(DocumentId document, List<Reader> readers) {
        for (var reader : readers) {
            try {
                return documents.read(document, reader);
            } catch (AccessRefused refused) {
                // try the bearer's next capacity
            } catch (DocumentNotFound notFound) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "documents.notFound", notFound);
            }
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "documents.access.refused");
    }

    /** Every capacity the token's holder may read in: as each agency they act for, then as a person. */
    private static List<Reader> readers(Jwt token) {
        var readers = new ArrayList<Reader>();
        var agencies = token.getClaimAsStringList("agencies");
        if (agencies != null) {
            agencies.forEach(code -> readers.add(new Reader.Officer(code)));
        }
        var pinfl = token.getClaimAsString("pinfl");
        if (pinfl != null && pinfl.matches("[0-9]{14}")) {
            readers.add(new Reader.Person(new Pinfl(pinfl)));
        }
        return readers;
    }
}
