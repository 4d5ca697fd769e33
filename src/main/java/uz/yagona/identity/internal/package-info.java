@NullMarked
package uz.yagona.identity.internal;

import org.jspecify.annotations.NullMarked;
