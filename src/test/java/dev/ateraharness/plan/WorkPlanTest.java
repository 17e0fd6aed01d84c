package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkPlanTest {

    @Property(tries = 200)
    void everyPageIsFetchedExactlyOnce(@ForAll @IntRange(min = 0, max = 5000) int a,
                                       @ForAll @IntRange(min = 0, max = 700) int b,
                                       @ForAll @IntRange(min = 1, max = 5) int keys,
                                       @ForAll @IntRange(min = 1, max = 9) int workers,
                                       @ForAll boolean byEntities) {
        List<Entity> entities = List.of(new Entity("tickets", a), new Entity("agents", b));
        WorkPlan plan = WorkPlan.split(entities, keys, workers, 50,
                byEntities ? Distribution.ENTITIES : Distribution.PAGES);
        assertThat(plan.perKey()).hasSize(keys);
        Map<String, boolean[]> seen = new HashMap<>();
        entities.forEach(e -> seen.put(e.name(), new boolean[(int) e.requests(50) + 1]));
        for (List<Shard> shards : plan.perKey()) {
            for (Shard s : shards) {
                for (long p = s.firstPage(); p <= s.lastPage(); p++) {
                    boolean[] pages = seen.get(s.entity().name());
                    assertThat(pages[(int) p]).as("page %d of %s twice", p, s.entity().name()).isFalse();
                    pages[(int) p] = true;
                }
            }
        }
        seen.forEach((name, pages) -> {
            for (int p = 1; p < pages.length; p++) {
                assertThat(pages[p]).as("page %d of %s missing", p, name).isTrue();
            }
        });
        if (!byEntities) {
            List<Long> perKey = plan.requestsPerKey();
            assertThat(perKey.stream().mapToLong(Long::longValue).max().orElseThrow()
                    - perKey.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void entitiesGoLargestFirstToTheLeastLoadedKey() {
        List<Entity> entities = Entity.parseList("customers=300,tickets=100000,agents=5000,contacts=4000");
        WorkPlan plan = WorkPlan.split(entities, 2, 1, 50, Distribution.ENTITIES);
        assertThat(plan.perKey().get(0)).extracting(s -> s.entity().name()).containsExactly("tickets");
        assertThat(plan.perKey().get(1)).extracting(s -> s.entity().name()).containsExactly("agents", "contacts", "customers");
        assertThat(plan.requestsPerKey()).containsExactly(2000L, 186L);
    }
}
