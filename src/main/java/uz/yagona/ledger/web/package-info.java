/** The ledger over HTTP: a public JSON API for auditors and a page that checks a document. */
@NullMarked
package uz.yagona.ledger.web;

import org.jspecify.annotations.NullMarked;
