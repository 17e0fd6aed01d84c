package dev.ateraharness.evidence.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.ateraharness.evidence.LogColumn;
import dev.ateraharness.evidence.LogFormat;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes rows of one schema as CSV (jackson-dataformat-csv; the header first, a cell quoted only when it must be,
 * an empty cell for an absent value) or JSON lines (one object per line, the schema's field names, {@code null}
 * for an absent value, numbers unquoted). Cells are given in schema order, one typed call per column. Not
 * thread-safe: the public writers lock around each row.
 */
public final class RowWriter implements Flushable, Closeable {

    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .rootValueSeparator((String) null).build();

    private final List<LogColumn> columns;
    private final LogFormat format;
    private final Writer out;
    private final JsonGenerator gen;
    private int column;

    public RowWriter(Writer out, LogFormat format, List<LogColumn> columns) throws IOException {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        this.format = format;
        this.columns = columns;
        if (format == LogFormat.CSV) {
            this.out.write(LogColumn.header(columns));
            this.out.write('\n');
            CsvGenerator g = CSV.createGenerator(this.out);
            CsvSchema.Builder schema = CsvSchema.builder();
            columns.forEach(c -> schema.addColumn(c.name()));
            // the schema tells the generator how many cells a row has, so absent trailing cells are still written
            g.setSchema(schema.setUseHeader(false).setLineSeparator("\n").build());
            this.gen = g;
        } else {
            this.gen = JSON.createGenerator(this.out);
        }
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    public RowWriter begin() throws IOException {
        column = 0;
        if (format == LogFormat.CSV) {
            gen.writeStartArray();
        } else {
            gen.writeStartObject();
        }
        return this;
    }

    private void name() throws IOException {
        if (column >= columns.size()) {
            throw new IllegalStateException("more cells than columns");
        }
        if (format == LogFormat.JSON_LINES) {
            gen.writeFieldName(columns.get(column).name());
        }
        column++;
    }

    /** A text cell; null writes an absent value. */
    public RowWriter text(String s) throws IOException {
        name();
        if (s == null) {
            gen.writeNull();
        } else if (format == LogFormat.CSV && !s.isEmpty() && (s.charAt(0) <= ' ' || s.charAt(s.length() - 1) <= ' ')) {
            // readers trim unquoted cells, and Jackson's exact quoting check leaves such a cell unquoted
            gen.writeRawValue('"' + s.replace("\"", "\"\"") + '"');
        } else {
            gen.writeString(s);
        }
        return this;
    }

    public RowWriter integer(long v) throws IOException {
        name();
        gen.writeNumber(v);
        return this;
    }

    /** A decimal with {@code digits} fraction digits (-1: the shortest exact form); NaN writes an absent value. */
    public RowWriter decimal(double v, int digits) throws IOException {
        name();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            gen.writeNull();
        } else if (digits < 0) {
            gen.writeNumber(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
        } else {
            gen.writeNumber(String.format(Locale.ROOT, "%." + digits + "f", v));
        }
        return this;
    }

    /** An instant in nanoseconds since the epoch, written to the microsecond; {@code absent} writes nothing. */
    public RowWriter time(long nanos, long absent) throws IOException {
        name();
        if (nanos == absent) {
            gen.writeNull();
        } else {
            gen.writeString(LogTime.formatMicros(Math.floorDiv(nanos, 1000L)));
        }
        return this;
    }

    public void end() throws IOException {
        if (column != columns.size()) {
            throw new IllegalStateException("row has " + column + " cells, schema " + columns.size());
        }
        if (format == LogFormat.CSV) {
            gen.writeEndArray();
        } else {
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
        // hand the row to the Writer's buffer (FLUSH_PASSED_TO_STREAM is off, so nothing reaches the disk here):
        // a write error then surfaces at the row that caused it, not rows later when Jackson's own buffer fills
        gen.flush();
    }

    @Override
    public void flush() throws IOException {
        gen.flush();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            gen.close();
        } finally {
            out.close();
        }
    }
}
