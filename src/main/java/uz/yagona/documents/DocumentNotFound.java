package uz.yagona.documents;

/** No such document, or no such version of it. */
public class DocumentNotFound extends RuntimeException {

    public DocumentNotFound(DocumentId document) {
        super("no document " + document);
    }
}
