/**
 * Electronic signature (elektron raqamli imzo) on the national test PKI: a root and an issuing CA created on
 * first start, certificates for persons, officials, legal entities and agency seals, a time-stamping unit, CRLs,
 * remote signing with a PIN-protected key or a certificate for a key the person keeps (PKCS#10), CAdES-T
 * signatures (detached CMS) and their verification.
 *
 * <p>Algorithms sit behind {@link uz.yagona.signature.internal.SigningAlgorithm}: ECDSA P-256 by default and
 * RSA are built in; the national algorithms of O'z DSt 1092 and 1106, which neither Bouncy Castle nor OpenSSL
 * implement, can be plugged in later as another implementation backed by a national JCA provider.
 */
@ApplicationModule(displayName = "Signature", allowedDependencies = {"shared", "identity"})
@NullMarked
package uz.yagona.signature;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
