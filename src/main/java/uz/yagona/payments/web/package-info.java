/** The provider callbacks (REST) and the sandbox provider's card page. */
@NullMarked
package uz.yagona.payments.web;

import org.jspecify.annotations.NullMarked;
