/** The appeals API and pages. */
@NullMarked
package uz.yagona.appeals.web;

import org.jspecify.annotations.NullMarked;
