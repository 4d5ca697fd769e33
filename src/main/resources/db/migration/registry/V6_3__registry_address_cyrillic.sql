-- Registered addresses in both scripts of Uzbek: the Cyrillic forms of the mahalla and the street.
-- Nullable so that rows written before this version stay valid: the application then transliterates the
-- Latin form (uz.yagona.registry.internal.population.PostgresPopulation). The loader always writes both.
alter table registry.address
    add column mahalla_cyrillic text,
    add column street_cyrillic text;
