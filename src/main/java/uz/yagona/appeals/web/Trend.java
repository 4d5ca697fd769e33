package uz.yagona.appeals.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly trend as an SVG column chart: for each week two columns, registered and answered, scaled to the
 * busiest week, with the figures above the columns where there is room and a date under every few weeks.
 */
record Trend(int width, long most, List<Column> columns) {

    static final int HEIGHT = 200;
    static final int BASE = 170;
    static final int TOP = 24;
    static final int LEFT = 36;
    static final int STEP = 24;
    static final int BAR = 9;

    /** A week's figures. */
    record Week(LocalDate monday, long filed, long answered) {
    }

    /** A week as drawn: where its columns stand, how high they are, whether its figures and date are written. */
    record Column(Week week, int x, int filedHeight, int answeredHeight, boolean figures, boolean dated) {

        public int filedY() {
            return BASE - filedHeight;
        }

        public int answeredY() {
            return BASE - answeredHeight;
        }

        public String label() {
            return "%02d.%02d".formatted(week.monday().getDayOfMonth(), week.monday().getMonthValue());
        }
    }

    static Trend of(List<Week> weeks) {
        long most = Math.max(1, weeks.stream().mapToLong(w -> Math.max(w.filed(), w.answered())).max().orElse(1));
        int every = Math.max(3, (int) Math.ceil(weeks.size() / 10.0));
        boolean room = weeks.size() <= 26;
        var columns = new ArrayList<Column>();
        for (int i = 0; i < weeks.size(); i++) {
            var week = weeks.get(i);
            columns.add(new Column(week, LEFT + i * STEP, height(week.filed(), most), height(week.answered(), most),
                    room, i % every == 0));
        }
        return new Trend(Math.max(320, LEFT + weeks.size() * STEP + 8), most, List.copyOf(columns));
    }

    private static int height(long value, long most) {
        return value == 0 ? 0 : Math.max(2, (int) Math.round((double) (BASE - TOP) * value / most));
    }

    public int height() {
        return HEIGHT;
    }

    public int base() {
        return BASE;
    }

    public int top() {
        return TOP;
    }

    public int left() {
        return LEFT;
    }
}
