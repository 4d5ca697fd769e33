/** The vehicle registry in PostgreSQL. */
@NullMarked
package uz.yagona.registry.internal.vehicles;

import org.jspecify.annotations.NullMarked;
