/** Licences over HTTP: public verification API and page. */
@NullMarked
package uz.yagona.licensing.web;

import org.jspecify.annotations.NullMarked;
