/**
 * Web conventions every module's API shares (errors as RFC 9457 problem details) and the public API of the
 * shared reference data: administrative divisions under {@code /api/v1/divisions}.
 */
@NullMarked
package uz.yagona.shared.web;

import org.jspecify.annotations.NullMarked;
