/** The banks' accounts, holds and debits in PostgreSQL, guarded by row locks and checks. */
@NullMarked
package uz.yagona.registry.internal.banking;

import org.jspecify.annotations.NullMarked;
