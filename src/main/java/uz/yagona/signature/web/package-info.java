@NullMarked
package uz.yagona.signature.web;

import org.jspecify.annotations.NullMarked;
