/** The real-estate cadastre in PostgreSQL: share sums checked under a lock of the object. */
@NullMarked
package uz.yagona.registry.internal.cadastre;

import org.jspecify.annotations.NullMarked;
