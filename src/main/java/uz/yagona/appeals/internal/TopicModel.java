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
import java.util.function.Function;
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
 * Its probability, sharpened by a temperature fitted on cross-validated predictions of the training corpus (so that
 * a confidence of 0.6 is right about as often as it says), is the classification's confidence; the explanation sums,
 * word by word, how much each feature of the word favours the chosen topic over the average topic.
 */
public final class TopicModel {

    /**
     * How a model is made: its features, the L2 penalty and iterations of L-BFGS, and the temperature that
     * calibrates its probabilities ({@code p^(1/T)}, normalized; 1 leaves them as trained).
     */
    public record Config(TextFeatures.Settings features, double l2, int iterations, double temperature) {

        /** The training parameters handed to OpenNLP. */
        Map<String, String> parameters() {
            var parameters = new LinkedHashMap<String, String>();
            parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
            parameters.put(TrainingParameters.ITERATIONS_PARAM, Integer.toString(iterations));
            parameters.put(TrainingParameters.CUTOFF_PARAM, "1");
            parameters.put(TrainingParameters.THREADS_PARAM, "1");
            parameters.put("DataIndexer", "OnePass");
            parameters.put("L1Cost", "0");
            parameters.put("L2Cost", Double.toString(l2));
            return Collections.unmodifiableMap(parameters);
        }
    }

    /**
     * The configuration the platform trains with, chosen by 5-fold cross-validation on the training corpus
     * ({@code TopicModelCrossValidation}, bench/results/2026-11-25-appeals-classifier.md): words and 4-grams, L2 3
     * (L2 1 gave the same accuracy), 40 iterations (as accurate as 60 in two thirds of the training time; 30 lost
     * 1.7 points), and the temperature with the least out-of-fold log-loss, 0.6: the trained probabilities were too
     * modest (appeals given 0.5 to 0.6 were right 84 times in 100).
     */
    public static final Config CHOSEN = new Config(TextFeatures.CHOSEN, 3, 40, 0.6);

    private static final int EVIDENCE = 5;

    private final AbstractModel model;
    private final Map<String, Context> weights;
    private final Topic[] topics;
    private final String version;
    private final Config config;

    @SuppressWarnings("unchecked")
    private TopicModel(AbstractModel model, String version, Config config) {
        this.model = model;
        this.config = config;
        var structures = model.getDataStructures();
        this.weights = (Map<String, Context>) structures[1];
        this.topics = new Topic[model.getNumOutcomes()];
        for (int i = 0; i < topics.length; i++) {
            var code = model.getOutcome(i);
            topics[i] = Topic.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown topic " + code));
        }
        this.version = version;
    }

    /** Trains on every example of the corpus with the chosen configuration. */
    public static TopicModel train(Corpus corpus) {
        return train(corpus, CHOSEN);
    }

    /** Trains on every example of the corpus. */
    public static TopicModel train(Corpus corpus, Config config) {
        var events = new ArrayList<Event>(corpus.examples().size());
        var spellings = new HashMap<String, String>();
        Function<String, String> normalizer = word -> spellings.computeIfAbsent(word, TextFeatures::normalize);
        for (var example : corpus.examples()) {
            events.add(new Event(example.topic().code(), TextFeatures.of(example.text(), config.features(), normalizer)));
        }
        var parameters = new TrainingParameters();
        config.parameters().forEach(parameters::put);
        try {
            var trainer = TrainerFactory.getEventTrainer(parameters, null);
            var model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
            return new TopicModel(model, version(corpus, config), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code topics-} and the first 12 hex digits of SHA-256 over the corpus digest and the configuration. */
    static String version(Corpus corpus, Config config) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(corpus.digest());
            sha.update(config.toString().getBytes(StandardCharsets.UTF_8));
            return "topics-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String version() {
        return version;
    }

    /** The calibrated probability of every topic for the text, in the order of {@link #topics()}. */
    public double[] probabilities(String text) {
        return calibrated(model.eval(TextFeatures.of(text, config.features())));
    }

    /** The probabilities with the configured temperature applied. */
    private double[] calibrated(double[] probabilities) {
        if (config.temperature() == 1.0) {
            return probabilities;
        }
        double sum = 0;
        var result = new double[probabilities.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = Math.pow(probabilities[i], 1 / config.temperature());
            sum += result[i];
        }
        for (int i = 0; i < result.length; i++) {
            result[i] /= sum;
        }
        return result;
    }

    public List<Topic> topics() {
        return List.of(topics);
    }

    public Classification classify(String text) {
        var tokens = TextFeatures.tokens(text);
        var byToken = TextFeatures.featuresByToken(tokens, config.features());
        var context = byToken.stream().flatMap(List::stream).distinct().toArray(String[]::new);
        var probabilities = calibrated(model.eval(context));
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
}
