package uz.yagona.documents;

import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/** Who asks to read a document: an officer of an agency, or a person by PINFL. */
public sealed interface Reader {

    /** An officer of the agency with this code. */
    record Officer(String agencyCode) implements Reader {
        public Officer {
            agencyCode = NewDocument.agencyCode(agencyCode);
        }
    }

    /** A person, the document's subject or one it was granted to. */
    record Person(Pinfl pinfl) implements Reader {
    }

    static void requireNonNull(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException("documents.field.required", field + " is required", field);
        }
    }
}
