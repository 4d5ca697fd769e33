/** Enforcement over HTTP: writs for courts, public verification of writs, cases for officers and debtors. */
@NullMarked
package uz.yagona.enforcement.web;

import org.jspecify.annotations.NullMarked;
