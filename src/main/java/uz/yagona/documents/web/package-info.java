/** The documents REST API for bearers of the platform's tokens. */
@NullMarked
package uz.yagona.documents.web;

import org.jspecify.annotations.NullMarked;
