/** The exchange over HTTP: signed REST for agency systems, the person's own access log as a page and as JSON. */
@NullMarked
package uz.yagona.exchange.web;

import org.jspecify.annotations.NullMarked;
