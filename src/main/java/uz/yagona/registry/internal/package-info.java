/** Row mapping shared by the registries' PostgreSQL stores: owners, bases and lifts, as columns. */
@NullMarked
package uz.yagona.registry.internal;

import org.jspecify.annotations.NullMarked;
