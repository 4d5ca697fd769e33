package uz.yagona.documents;

/** The reader may not read this document: not an officer of the owning agency, not its subject, no grant. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(DocumentId document) {
        super("no right to read document " + document);
    }
}
