/**
 * The catalog of public services: read from {@code portal/catalog.yaml}, checked on load, copied into
 * {@code portal.services} for references by key, searched in memory, and shown through the API and pages.
 */
@NullMarked
package uz.yagona.portal.catalog;

import org.jspecify.annotations.NullMarked;
