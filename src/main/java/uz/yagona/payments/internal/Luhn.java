package uz.yagona.payments.internal;

/** The Luhn (mod 10) check digit of card numbers. */
public final class Luhn {

    private Luhn() {
    }

    public static boolean valid(String digits) {
        if (!digits.matches("[0-9]{12,19}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
