/**
 * The single portal of public services: home page, layout shared by every page, service catalog and the
 * personal cabinet.
 */
@ApplicationModule(displayName = "Portal", allowedDependencies = {"shared", "identity", "exchange", "payments",
        "signature", "documents", "licensing", "notifications"})
@NullMarked
package uz.yagona.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
