/** Bulk loading of every registry with PostgreSQL COPY. */
@NullMarked
package uz.yagona.registry.internal.loading;

import org.jspecify.annotations.NullMarked;
