package uz.yagona.appeals.web;

import java.util.List;
import java.util.function.Function;
import uz.yagona.appeals.internal.Analytics;

/**
 * The map of located appeals: Uzbekistan's bounding box (the box intake accepts points in) drawn as an SVG of
 * {@link #WIDTH} by {@link #HEIGHT}, longitude shrunk by the cosine of the middle latitude so that the country
 * keeps its shape; each district a circle at the mean of its appeals' points, its area after their number; the
 * regional centres as small dots to find one's way.
 */
record PlaceMap(List<Circle> circles, List<Town> towns) {

    static final int WIDTH = 600;
    static final int HEIGHT = 400;
    private static final double SOUTH = 37.0;
    private static final double NORTH = 45.7;
    private static final double WEST = 55.9;
    private static final double EAST = 73.3;
    private static final double SHRINK = Math.cos(Math.toRadians((SOUTH + NORTH) / 2));
    private static final double SCALE = Math.min(WIDTH / ((EAST - WEST) * SHRINK), HEIGHT / (NORTH - SOUTH));

    /** A district's circle: where, how big, and its figures. */
    record Circle(String district, String name, long appeals, double latitude, double longitude, int x, int y,
            int r) {

        /** Where the figure is written: right of the circle, or left of it near the east edge. */
        public int labelX() {
            return x > WIDTH - 40 ? x - r - 3 : x + r + 3;
        }

        public String anchor() {
            return x > WIDTH - 40 ? "end" : "start";
        }
    }

    /** A regional centre: its region's name, where it is drawn and where its name is written. */
    record Town(String name, int x, int y, int labelX, int labelY, String anchor) {
    }

    /** A regional centre to draw: the region's SOATO code, latitude and longitude, and where its name goes. */
    private record Centre(String region, double latitude, double longitude, boolean left, boolean above) {
    }

    // names written apart, so that neighbours (Bukhara and Samarkand) do not overlap and none leaves the box
    private static final List<Centre> CENTRES = List.of(
            new Centre("1735", 42.46, 59.60, false, false), new Centre("1733", 41.55, 60.63, false, false),
            new Centre("1706", 39.77, 64.42, true, false), new Centre("1718", 39.65, 66.96, false, false),
            new Centre("1722", 37.22, 67.28, false, true), new Centre("1726", 41.31, 69.28, true, false),
            new Centre("1730", 40.39, 71.78, true, false));

    static PlaceMap of(List<Analytics.Spot> spots, Function<String, String> placeName,
            Function<String, String> regionName) {
        long most = Math.max(1, spots.stream().mapToLong(Analytics.Spot::located).max().orElse(1));
        var circles = spots.stream().map(spot -> new Circle(spot.district(), placeName.apply(spot.district()),
                spot.located(), spot.latitude(), spot.longitude(), x(spot.longitude()), y(spot.latitude()),
                (int) Math.round(5 + 17 * Math.sqrt((double) spot.located() / most))))
                .sorted((a, b) -> Integer.compare(b.r(), a.r()))
                .toList();
        var towns = CENTRES.stream().map(c -> {
            int x = x(c.longitude());
            int y = y(c.latitude());
            return new Town(regionName.apply(c.region()), x, y, c.left() ? x - 5 : x + 5, c.above() ? y - 6 : y + 12,
                    c.left() ? "end" : "start");
        }).toList();
        return new PlaceMap(circles, towns);
    }

    static int x(double longitude) {
        return (int) Math.round((longitude - WEST) * SHRINK * SCALE);
    }

    static int y(double latitude) {
        return (int) Math.round((NORTH - latitude) * SCALE);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }
}
