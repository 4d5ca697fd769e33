/** The topic model, its features and corpus, and the routing table: invisible outside the appeals module. */
@NullMarked
package uz.yagona.appeals.internal;

import org.jspecify.annotations.NullMarked;
