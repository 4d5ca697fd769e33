/**
 * Applications for the catalog's public services (<i>ariza</i>): the citizen's form with what the registries give
 * (once-only, after consent), attachments, signature and fee; the officers' queue by legal term; the signed result;
 * ratings of the services and agencies.
 */
@NullMarked
package uz.yagona.portal.applications;

import org.jspecify.annotations.NullMarked;
