/**
 * Electronic document management (elektron hujjat aylanishi): documents with kept versions, registration
 * numbers per agency and year, detached CMS signatures on a version, and who may read what. Content lives on
 * disk by its SHA-256 digest and is checked against it on every read. Official result documents are rendered
 * as PDF ({@link uz.yagona.documents.OfficialPdf}) for signing as PAdES.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"shared", "signature"})
@NullMarked
package uz.yagona.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
