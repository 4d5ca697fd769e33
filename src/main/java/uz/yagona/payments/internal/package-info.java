/** Invoices in PostgreSQL, callback signatures and the sandbox provider. */
@NullMarked
package uz.yagona.payments.internal;

import org.jspecify.annotations.NullMarked;
