/** The public API of the shared reference data: administrative divisions under {@code /api/v1/divisions}. */
@NullMarked
package uz.yagona.shared.web;

import org.jspecify.annotations.NullMarked;
