/** How documents are kept: rows in the {@code documents} schema, content files named by digest, type sniffing. */
@NullMarked
package uz.yagona.documents.internal;

import org.jspecify.annotations.NullMarked;
