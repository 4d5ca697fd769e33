package uz.yagona.appeals.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import uz.yagona.appeals.Classification;
import uz.yagona.appeals.Classification.Evidence;
import uz.yagona.appeals.Topic;

/**
 * A maximum entropy (multinomial logistic regression) model over {@link TextFeatures}, trained with Apache
 * OpenNLP's L-BFGS trainer with an L2 penalty on one thread, so the same corpus always gives the same model.
 * Its probability is the classification's confidence; the explanation sums, word by word, how much each feature of
 * the word favours the chosen topic over the average topic.
 */
public final class TopicModel {

    /** The training parameters; part of the model version. */
    static final Map<String, String> PARAMETERS = parameters();
    private static final int EVIDENCE = 5;

    private final AbstractModel model;
    private final Map<String, Context> weights;
    private final Topic[] topics;
    private final String version;

    @SuppressWarnings("unchecked")
    private TopicModel(AbstractModel model, String version) {
        this.model = model;
        var structures = model.getDataStructures();
        this.weights = (Map<String, Context>) structures[1];
        this.topics = new Topic[model.getNumOutcomes()];
        for (int i = 0; i < topics.length; i++) {
            var code = model.getOutcome(i);
            topics[i] = Topic.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown topic " + code));
        }
        this.version = version;
    }

    /** Trains on every example of the corpus. */
    public static TopicModel train(Corpus corpus) {
        var events = new ArrayList<Event>(corpus.examples().size());
        for (var example : corpus.examples()) {
            events.add(new Event(example.topic().code(), TextFeatures.of(example.text())));
        }
        var parameters = new TrainingParameters();
        PARAMETERS.forEach(parameters::put);
        try {
            var trainer = TrainerFactory.getEventTrainer(parameters, null);
            var model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
            return new TopicModel(model, version(corpus));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code topics-} and the first 12 hex digits of SHA-256 over the corpus digest and the parameters. */
    static String version(Corpus corpus) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(corpus.digest());
            sha.update(PARAMETERS.toString().getBytes(StandardCharsets.UTF_8));
            return "topics-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String version() {
        return version;
    }

    /** The probability of every topic for the text, in the order of {@link #topics()}. */
    public double[] probabilities(String text) {
        return model.eval(TextFeatures.of(text));
    }

    public List<Topic> topics() {
        return List.of(topics);
    }

    public Classification classify(String text) {
        var tokens = TextFeatures.tokens(text);
        var byToken = TextFeatures.featuresByToken(tokens);
        var context = byToken.stream().flatMap(List::stream).distinct().toArray(String[]::new);
        var probabilities = model.eval(context);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        var confidence = Math.min(1.0, Math.max(0.0, probabilities[best]));
        return new Classification(topics[best], confidence, evidence(tokens, byToken, best), version);
    }

    /** The words that favour the outcome most; a feature shared by several words is shared out between them. */
    private List<Evidence> evidence(List<TextFeatures.Token> tokens, List<List<String>> byToken, int outcome) {
        var owners = new HashMap<String, Integer>();
        byToken.forEach(features -> features.stream().distinct().forEach(f -> owners.merge(f, 1, Integer::sum)));
        var byWord = new LinkedHashMap<String, double[]>();
        var surfaces = new HashMap<String, String>();
        for (int i = 0; i < tokens.size(); i++) {
            double sum = 0;
            for (var feature : byToken.get(i).stream().distinct().toList()) {
                sum += advantage(feature, outcome) / owners.get(feature);
            }
            var word = tokens.get(i).normal();
            surfaces.putIfAbsent(word, tokens.get(i).surface());
            var total = byWord.computeIfAbsent(word, w -> new double[1]);
            total[0] = Math.max(total[0], sum);
        }
        return byWord.entrySet().stream()
                .filter(entry -> entry.getValue()[0] > 0.005)
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]))
                .limit(EVIDENCE)
                .map(e -> new Evidence(surfaces.get(e.getKey()), Math.round(e.getValue()[0] * 100) / 100.0))
                .toList();
    }

    /** How much more the feature's weight is for the outcome than its mean weight over all outcomes. */
    private double advantage(String feature, int outcome) {
        var context = weights.get(feature);
        if (context == null) {
            return 0;
        }
        double own = 0;
        double sum = 0;
        var outcomes = context.getOutcomes();
        var parameters = context.getParameters();
        for (int i = 0; i < outcomes.length; i++) {
            sum += parameters[i];
            if (outcomes[i] == outcome) {
                own = parameters[i];
            }
        }
        return own - sum / topics.length;
    }

    private static Map<String, String> parameters() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, "60");
        parameters.put(TrainingParameters.CUTOFF_PARAM, "1");
        parameters.put(TrainingParameters.THREADS_PARAM, "1");
        parameters.put("L1Cost", "0");
        parameters.put("L2Cost", "3");
        return Collections.unmodifiableMap(parameters);
    }
}
