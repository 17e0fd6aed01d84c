package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KeyAssignmentTest {

    @Property(tries = 200)
    void everyRequestIsCountedOnceAndTheClientSplitIsEven(@ForAll @IntRange(min = 0, max = 5000) int a,
                                                          @ForAll @IntRange(min = 0, max = 700) int b,
                                                          @ForAll @IntRange(min = 1, max = 5) int keys,
                                                          @ForAll boolean byEntities) {
        List<Entity> entities = List.of(new Entity("tickets", a), new Entity("agents", b));
        long total = entities.stream().mapToLong(e -> e.requests(50)).sum();
        List<Long> perKey = KeyAssignment.requestsPerKey(entities, keys, 50,
                byEntities ? Distribution.ENTITIES : Distribution.CLIENT);
        assertThat(perKey).hasSize(keys);
        assertThat(perKey.stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        if (byEntities) {
            assertThat(KeyAssignment.entitiesPerKey(entities, keys, 50).stream().flatMap(List::stream))
                    .containsExactlyInAnyOrderElementsOf(entities);
        } else {
            assertThat(perKey.stream().mapToLong(Long::longValue).max().orElseThrow()
                    - perKey.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void entitiesGoLargestFirstToTheLeastLoadedKey() {
        List<Entity> entities = Entity.parseList("customers=300,tickets=100000,agents=5000,contacts=4000");
        List<List<Entity>> perKey = KeyAssignment.entitiesPerKey(entities, 2, 50);
        assertThat(perKey.get(0)).extracting(Entity::name).containsExactly("tickets");
        assertThat(perKey.get(1)).extracting(Entity::name).containsExactly("agents", "contacts", "customers");
        assertThat(KeyAssignment.requestsPerKey(entities, 2, 50, Distribution.ENTITIES)).containsExactly(2000L, 186L);
    }
}
