/** The appeals API under {@code /api/v1/appeals}: so far the classification of an appeal's text. */
@NullMarked
package uz.yagona.appeals.web;

import org.jspecify.annotations.NullMarked;
