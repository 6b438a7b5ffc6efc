package org.edgarbatch.admin;

/** The eight standard metrics of a step execution (Jakarta Batch's {@code Metric.MetricType}), or a sum of them. */
public record StepMetrics(long read, long write, long filter, long commit, long rollback, long readSkip,
                          long processSkip, long writeSkip) {

    public static final StepMetrics NONE = new StepMetrics(0, 0, 0, 0, 0, 0, 0, 0);
}
