/**
 * Appeals of individuals and legal entities — <i>jismoniy va yuridik shaxslarning murojaatlari</i>. So far the
 * classifier: a model trained at start from the module's own labelled corpus in Uzbek (both scripts), Russian and
 * English tells the topic of an appeal's text with its probability and the words behind it, and the routing table
 * names the body that answers for that topic in the appellant's district. Intake, deadlines and analytics follow.
 */
@ApplicationModule(displayName = "Appeals", allowedDependencies = {"shared"})
@NullMarked
package uz.yagona.appeals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
