package uz.yagona.appeals.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What reads an appeal's text and names its topic and the body responsible in its district. Absent, every appeal
 * goes to a dispatcher.
 */
public interface TopicModel {

    Routed route(String text, @Nullable String district);

    /** The body responsible for {@code topic} in the district (its region's or the national body without one). */
    String agencyFor(String topic, @Nullable String district);

    /** The model's answer: the topic code, the agency code, how sure it is (0..1), why, and which model. */
    record Routed(String topic, String agency, double confidence, List<String> explanation, String modelVersion) {
    }
}
