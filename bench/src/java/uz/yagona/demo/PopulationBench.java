package uz.yagona.demo;

import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uz.yagona.shared.Divisions;

/**
 * The generation rate of the synthetic population: the generator alone, making every chunk in memory on all
 * cores and throwing it away (the ceiling), then the demo loader as {@code spring-boot:run} runs it (identities,
 * agencies, then every chunk generated on the other cores while the previous one is copied into PostgreSQL).
 */
public final class PopulationBench {

    private PopulationBench() {
    }

    /** What one run measured. */
    public record Measured(int persons, double generatedPerSecond, double loadedPerSecond, double loadSeconds,
            String tables) {

        public String report() {
            return """
                    | step | residents per second | ratio to the generator alone |
                    | --- | ---: | ---: |
                    | generator alone, %d residents in memory | %.0f | 1.00 |
                    | generated and loaded into PostgreSQL (%.1f s) | %.0f | %.2f |

                    %s""".formatted(persons, generatedPerSecond, loadSeconds, loadedPerSecond,
                    loadedPerSecond / generatedPerSecond, tables);
        }
    }

    /** Generates {@code persons} residents twice (alone, then loaded) in a context started with demo data off. */
    public static Measured measure(ApplicationContext context, int persons) throws Exception {
        var settings = new DemoSettings(true, persons, null, null);
        var divisions = context.getBean(Divisions.class);
        var districts = divisions.regions().stream()
                .flatMap(region -> divisions.districtsOf(region.soato()).stream()).toList();

        var generator = new PopulationGenerator(districts, persons, settings.seed());
        long started = System.nanoTime();
        long residents = 0;
        try (var pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            var chunks = new ArrayList<Future<Integer>>();
            for (int chunk = 0; chunk < generator.chunks(); chunk++) {
                int number = chunk;
                chunks.add(pool.submit(() -> generator.chunk(number).residents().size()));
            }
            for (var chunk : chunks) {
                residents += chunk.get();
            }
        }
        double generated = residents / ((System.nanoTime() - started) / 1e9);

        var loader = demoData(context, settings);
        started = System.nanoTime();
        loader.run(null);
        double seconds = (System.nanoTime() - started) / 1e9;

        var jdbc = context.getBean(JdbcClient.class);
        var tables = jdbc.sql("""
                select string_agg(relname || ' ' || n_live_tup, ', ' order by relname)
                from pg_stat_user_tables where schemaname = 'registry' and n_live_tup > 0""")
                .query(String.class).single();
        var size = jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single();
        return new Measured(persons, generated, persons / seconds, seconds,
                "Rows (approximate): " + tables + "; database size " + size + ".");
    }

    /** The demo loader with these settings and every other collaborator from the running context. */
    private static DemoData demoData(ApplicationContext context, DemoSettings settings) throws Exception {
        var constructor = DemoData.class.getDeclaredConstructors()[0];
        var arguments = new Object[constructor.getParameterCount()];
        var types = constructor.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i] == DemoSettings.class ? settings : context.getBean(types[i]);
        }
        constructor.setAccessible(true);
        return (DemoData) constructor.newInstance(arguments);
    }
}
