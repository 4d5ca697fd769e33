/**
 * The public ledger: an append-only, tamper-evident Merkle log per RFC 9162 in which writs, licences and
 * decisions are recorded by type, reference and document digest, never with personal data. Signed tree heads,
 * inclusion and consistency proofs let anyone check that an entry is there and that history was not rewritten.
 */
@ApplicationModule(displayName = "Ledger", allowedDependencies = "shared")
@NullMarked
package uz.yagona.ledger;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
