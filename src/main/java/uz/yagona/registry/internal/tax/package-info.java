/** The tax committee's registry in PostgreSQL. */
@NullMarked
package uz.yagona.registry.internal.tax;

import org.jspecify.annotations.NullMarked;
