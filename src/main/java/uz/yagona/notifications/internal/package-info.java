/** The notices table, the outbox and its sender, and the default channels. */
@NullMarked
package uz.yagona.notifications.internal;

import org.jspecify.annotations.NullMarked;
