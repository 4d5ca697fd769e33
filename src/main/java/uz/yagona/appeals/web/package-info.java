/**
 * The appeals API under {@code /api/v1/appeals}: filing and following appeals, the officials' queue and answers,
 * dispatch, the classification of a text; and Open311 GeoReport v2 under {@code /open311/v2}.
 */
@NullMarked
package uz.yagona.appeals.web;

import org.jspecify.annotations.NullMarked;
