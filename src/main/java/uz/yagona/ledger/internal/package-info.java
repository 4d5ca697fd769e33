/** How the ledger stores, sequences, signs and watches its Merkle log. */
@NullMarked
package uz.yagona.ledger.internal;

import org.jspecify.annotations.NullMarked;
