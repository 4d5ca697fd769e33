package uz.yagona.enforcement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Figures for the heads of the bureau, counted over the cases of the departments in scope: by region (the
 * {@code <region>} of {@code MBB.<region>.<district>}) and by officer.
 */
public interface EnforcementStatistics {

    /**
     * One line: cases open and closed, what they order and what was recovered (monetary cases), the recovered
     * share (recovered / ordered, 4 decimals; null when nothing is ordered) and the average duration of the
     * closed cases in days (1 decimal; null when none is closed). {@code key} is the region code ({@code MBB} for
     * the bureau's own cases) or the officer's id ({@code null}: not assigned), {@code agency} the department.
     */
    record Figures(@Nullable String key, @Nullable String agency, long open, long closed, long orderedTiyin,
            long recoveredTiyin, @Nullable BigDecimal recoveredShare, @Nullable BigDecimal averageDays) {
    }

    /**
     * The figures of the cases held by the agencies in {@code scopes} and below them (a scope {@code MBB.1726}
     * covers {@code MBB.1726} and {@code MBB.1726.*}; {@code MBB} covers all), by region, ordered by region.
     */
    List<Figures> byRegion(Collection<String> scopes);

    /** As {@link #byRegion} by department and officer; {@code key} is the officer's id. */
    List<Figures> byOfficer(Collection<String> scopes);
}
