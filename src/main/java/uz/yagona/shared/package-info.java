/**
 * Value types every module speaks: personal and taxpayer numbers, money, texts in the four languages,
 * the administrative divisions of Uzbekistan and problem details. Small on purpose.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package uz.yagona.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
