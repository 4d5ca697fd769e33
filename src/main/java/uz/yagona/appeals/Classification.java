package uz.yagona.appeals;

import java.util.List;

/**
 * The classifier's answer: the topic, the model's probability for it (0..1) and the terms of the text that
 * weighed most for it, strongest first.
 *
 * @param evidence the words of the text with their weight for the topic, at most a handful, never negative
 */
public record Classification(Topic topic, double confidence, List<Evidence> evidence, String modelVersion) {

    public Classification {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
        evidence = List.copyOf(evidence);
    }

    /** One word of the text (as written) and how much it pushed the model towards the topic. */
    public record Evidence(String term, double weight) {
    }
}
