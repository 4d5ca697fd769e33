@NullMarked
package uz.yagona.exchange.internal;

import org.jspecify.annotations.NullMarked;
