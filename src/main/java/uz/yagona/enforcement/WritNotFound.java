package uz.yagona.enforcement;

/** No writ has this number. */
public class WritNotFound extends RuntimeException {

    private final String number;

    public WritNotFound(String number) {
        super("No writ " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
