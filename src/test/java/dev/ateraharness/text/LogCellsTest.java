package dev.ateraharness.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LogCellsTest {

    @Test
    void quotesOnlyWhenNeeded() {
        assertThat(LogCells.csv("/tickets/7")).isEqualTo("/tickets/7");
        assertThat(LogCells.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(LogCells.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(LogCells.csv("a\rb")).isEqualTo("\"a\rb\"");
    }

    @Property(tries = 300)
    void jsonStringsReadBack(@ForAll String s) throws Exception {
        String json = LogCells.appendJsonString(new StringBuilder(), s).toString();
        assertThat(new ObjectMapper().readValue(json, String.class)).isEqualTo(s);
    }
}
