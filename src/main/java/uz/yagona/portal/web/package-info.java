/** The web shell of the portal: languages, the layout's helpers and the home page. */
@NullMarked
package uz.yagona.portal.web;

import org.jspecify.annotations.NullMarked;
