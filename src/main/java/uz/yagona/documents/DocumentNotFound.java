package uz.yagona.documents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such document, or no such version of it. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DocumentNotFound extends RuntimeException {

    public DocumentNotFound(DocumentId document) {
        super("no document " + document);
    }
}
