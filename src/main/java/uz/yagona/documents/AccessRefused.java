package uz.yagona.documents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The reader may not read this document: not an officer of the owning agency, not its subject, no grant. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AccessRefused extends RuntimeException {

    public AccessRefused(DocumentId document) {
        super("no right to read document " + document);
    }
}
