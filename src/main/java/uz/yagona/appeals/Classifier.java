package uz.yagona.appeals;

/**
 * Tells what an appeal's text is about. The model is trained once, at start, from the labelled corpus shipped
 * with the module; it reads Uzbek in either script (with or without the oʻ/gʻ apostrophes), Russian and English.
 */
public interface Classifier {

    /** The most probable topic of the text, how probable the model finds it, and the words that weighed most. */
    Classification classify(String text);

    /** The version of the model: a digest of the training corpus and the training parameters. */
    String modelVersion();
}
