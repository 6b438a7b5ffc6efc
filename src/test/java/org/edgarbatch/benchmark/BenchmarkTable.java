package org.edgarbatch.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table a benchmark prints: per line what was measured, wall time, documents/s, rows/s, peak heap and
 * notes, as Markdown so it goes into README as it is. A new measurement is one more {@link #add} call.
 */
public final class BenchmarkTable {

    /**
     * One measurement.
     *
     * @param what      what was measured
     * @param wallNanos its wall time
     * @param documents documents it handled, or -1 where that means nothing
     * @param rows      rows it read or wrote, or -1
     * @param heapBytes its peak heap (see {@link Heap}), or -1 when not measured
     * @param notes     anything else worth reading beside the figures
     */
    public record Line(String what, long wallNanos, long documents, long rows, long heapBytes, String notes) {
    }

    private final List<Line> lines = new ArrayList<>();

    public Line add(String what, long wallNanos, long documents, long rows, long heapBytes, String notes) {
        Line line = new Line(what, wallNanos, documents, rows, heapBytes, notes);
        lines.add(line);
        return line;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| what | wall time | documents/s | rows/s | peak heap | notes |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Line line : lines) {
            double seconds = line.wallNanos() / 1e9;
            out.append("| ").append(line.what())
                    .append(" | ").append(String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%.1f s", seconds))
                    .append(" | ").append(line.documents() < 0 ? "" : String.format(Locale.ROOT, "%,.0f", line.documents() / seconds))
                    .append(" | ").append(line.rows() < 0 ? "" : String.format(Locale.ROOT, "%,.0f", line.rows() / seconds))
                    .append(" | ").append(line.heapBytes() < 0 ? "" : (line.heapBytes() >> 20) + " MB")
                    .append(" | ").append(line.notes() == null ? "" : line.notes())
                    .append(" |\n");
        }
        return out.toString();
    }
}
