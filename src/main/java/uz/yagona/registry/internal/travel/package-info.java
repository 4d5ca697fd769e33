/** Travel restrictions in PostgreSQL. */
@NullMarked
package uz.yagona.registry.internal.travel;

import org.jspecify.annotations.NullMarked;
