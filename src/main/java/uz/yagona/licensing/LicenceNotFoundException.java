package uz.yagona.licensing;

/** No licence has this number. */
public class LicenceNotFoundException extends RuntimeException {

    private final String number;

    public LicenceNotFoundException(String number) {
        super("No licence has number " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
