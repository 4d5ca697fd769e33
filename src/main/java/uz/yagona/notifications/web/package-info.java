/** The person's in-app notices as a cabinet page. */
@NullMarked
package uz.yagona.notifications.web;

import org.jspecify.annotations.NullMarked;
