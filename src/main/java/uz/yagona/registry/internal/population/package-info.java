/** The population registry in PostgreSQL. */
@NullMarked
package uz.yagona.registry.internal.population;

import org.jspecify.annotations.NullMarked;
