/** Web conventions every module's API shares: errors as RFC 9457 problem details. */
@NullMarked
package uz.yagona.shared.web;

import org.jspecify.annotations.NullMarked;
