package uz.yagona.registry;

/**
 * Bulk loading of the registries for demo data and benchmarks: PostgreSQL {@code COPY} through pgjdbc, fast
 * enough to load a million residents with their addresses, passports, accounts, real estate and vehicles in
 * minutes. Not an agency's API: it trusts its input beyond the records' own checks (a batch that breaks a
 * database constraint, e.g. a PINFL loaded twice, fails as a whole with {@code registry.load} and loads nothing).
 */
public interface RegistryLoader {

    /**
     * Loads the batch in one transaction, banks first, so a batch may refer to its own banks, residents and
     * taxpayers as well as to those of earlier batches. Each account gets an opening movement for its balance,
     * so that balance equals the sum of movements from the start.
     */
    void load(RegistryBatch batch);
}
