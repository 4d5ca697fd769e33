/**
 * Appeals of individuals and legal entities — <i>jismoniy va yuridik shaxslarning murojaatlari</i> (Law ZRU-445):
 * intake from the portal, the API and Open311, registration with the legal term on the working calendar, repeats
 * and representatives' authority, routing by a classifier trained from the module's own corpus in Uzbek (both
 * scripts), Russian and English and the routing table of responsible bodies, dispatchers for what the model is
 * unsure of, the bodies' answers, extensions and escalation of overdue appeals.
 */
@ApplicationModule(displayName = "Appeals", allowedDependencies = {"shared", "identity", "notifications",
    "signature"})
@NullMarked
package uz.yagona.appeals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
