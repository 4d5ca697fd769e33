@NullMarked
package uz.yagona.signature.internal;

import org.jspecify.annotations.NullMarked;
