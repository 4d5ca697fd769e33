@NullMarked
package uz.yagona.identity.web;

import org.jspecify.annotations.NullMarked;
