package uz.yagona.demo;

import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;

/**
 * Document and account numbers for generated records, each built from a unique serial (a person's, an
 * entity's or a vehicle's index in the population), so that numbers never repeat, whatever the seed.
 * The formats are those of the real documents; check digits other than the VIN's are synthetic.
 */
final class DemoNumbers {

    /** Letters on number plates. */
    private static final String PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ";
    private static final String VIN_CHARACTERS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String VIN_TRANSLITERATION = "0123456789" + "12345678" + "12345" + "7" + "9"
            + "23456789";
    private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** Model-year codes of the VIN's 10th character, from 2001. */
    private static final String YEAR_CODES = "123456789ABCDEFGHJKLMNPRSTVWXY";

    private DemoNumbers() {
    }

    /** A person's individual STIR: 5 followed by eight digits of the person's serial. */
    static Stir personStir(long personSerial) {
        return new Stir("5" + digits(personSerial % 100_000_000L, 8));
    }

    /** A legal entity's STIR: 2 or 3 followed by eight digits of the entity's serial. */
    static Stir entityStir(int entitySerial) {
        return new Stir((entitySerial % 2 == 0 ? "2" : "3") + digits(entitySerial / 2 + 10_000_000, 8));
    }

    /**
     * Seven digits from 2,000,000 up, unique within a series as long as a person holds at most one passport of
     * each series (the numbers below are left to tests).
     */
    static String passportNumber(long personSerial) {
        return digits((2_000_000 + personSerial) % 10_000_000L, 7);
    }

    /**
     * An account number: balance account (20206 a person's demand deposit, 20208 an entity's settlement
     * account), currency (000 for soʻm), a key digit, the owner's eight-digit serial and the account's serial.
     */
    static String accountNumber(String mfo, boolean person, long ownerSerial, int accountSerial) {
        var balanceAccount = person ? "20206" : "20208";
        // owners' serials start at 10,000,000 (the numbers below are left to tests)
        var rest = digits(10_000_000 + ownerSerial % 90_000_000L, 8) + digits(accountSerial, 3);
        var key = 0;
        for (var c : (mfo + balanceAccount + "000" + rest).toCharArray()) {
            key = (key * 7 + c - '0') % 10;
        }
        return balanceAccount + "000" + key + rest;
    }

    /** A cadastral number: region, district, block (the household's chunk), building; flats get a unit. */
    static String cadastralNumber(Soato district, int block, int building, @Nullable Integer unit) {
        var code = district.value();
        var number = code.substring(2, 4) + ":" + code.substring(4) + ":" + digits(block, 4) + ":"
                + digits(building, 5);
        return unit == null ? number : number + "/" + unit;
    }

    /** A plate in the private format {@code 01 A 123 BC}, or the entities' {@code 01 123 ABC}. */
    static String plate(String regionCode, boolean person, long vehicleSerial) {
        var serialDigits = vehicleSerial % 1000;
        var rest = vehicleSerial / 1000;
        var n = PLATE_LETTERS.length();
        var first = PLATE_LETTERS.charAt((int) (rest % n));
        var second = PLATE_LETTERS.charAt((int) (rest / n % n));
        var third = PLATE_LETTERS.charAt((int) (rest / n / n % n));
        var number = digits(serialDigits, 3);
        return person ? regionCode + " " + first + " " + number + " " + second + third
                : regionCode + " " + number + " " + first + second + third;
    }

    /**
     * A VIN: manufacturer and model (8 characters), the ISO 3779 / North American check digit, the model year,
     * then a plant character and six digits taken from the vehicle's serial, which makes it unique.
     */
    static String vin(String makeAndModel, int year, long vehicleSerial) {
        var plant = VIN_CHARACTERS.charAt((int) (vehicleSerial / 1_000_000 % VIN_CHARACTERS.length()));
        var yearCode = YEAR_CODES.charAt(Math.floorMod(year - 2001, YEAR_CODES.length()));
        var vin = new StringBuilder(makeAndModel).append('0').append(yearCode).append(plant)
                .append(digits(vehicleSerial % 1_000_000, 6));
        var sum = 0;
        for (var i = 0; i < 17; i++) {
            sum += (VIN_TRANSLITERATION.charAt(VIN_CHARACTERS.indexOf(vin.charAt(i))) - '0') * VIN_WEIGHTS[i];
        }
        var check = sum % 11;
        vin.setCharAt(8, check == 10 ? 'X' : (char) ('0' + check));
        return vin.toString();
    }

    /** The number in decimal, zero-padded to the width: faster than a format string, a million times over. */
    static String digits(long number, int width) {
        var text = Long.toString(number);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    /** A random version 4 UUID from the generator's own random numbers, so that ids repeat with the seed. */
    static UUID uuid(SplittableRandom random) {
        var high = (random.nextLong() & ~0xF000L) | 0x4000L;
        var low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
