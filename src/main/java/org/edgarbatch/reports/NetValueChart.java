package org.edgarbatch.reports;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * A bar chart of net open-market value, drawn in a streamed workbook: its points are written to their own
 * sheet, and the chart, which SXSSF cannot create, is drawn on the Summary's underlying XSSF sheet (a
 * drawing is a part of its own, so the streamed rows are not touched).
 */
final class NetValueChart {

    /** What the chart plots: one bar per label. */
    record Points(String title, String labelHeading, List<String> labels, List<BigDecimal> values) {
    }

    private final SXSSFWorkbook workbook;
    private final ReportCells cells;

    NetValueChart(SXSSFWorkbook workbook, ReportCells cells) {
        this.workbook = workbook;
        this.cells = cells;
    }

    /** Writes the points to the data sheet and anchors the chart on the chart sheet at the given cell. */
    void draw(String chartSheet, String dataSheetName, int column, int row, Points points) {
        List<String> labels = points.labels();
        List<BigDecimal> values = points.values();
        if (labels.isEmpty()) {
            labels = List.of("no open-market purchases or sales");
            values = List.of(BigDecimal.ZERO);
        }
        ReportSheet data = new ReportSheet(workbook.createSheet(dataSheetName), cells,
                List.of(new ReportSheet.Column(points.labelHeading(), 30), new ReportSheet.Column("Net open-market value", 18)));
        for (int i = 0; i < labels.size(); i++) {
            Row dataRow = data.nextRow();
            cells.text(dataRow, 0, labels.get(i));
            cells.money(dataRow, 1, values.get(i));
        }
        data.finish();

        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(chartSheet).createDrawingPatriarch();
        int height = Math.max(18, Math.min(40, labels.size() + 6));
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, row, column + 10, row + height));
        chart.setTitleText(points.title());
        chart.setTitleOverlay(false);

        XDDFCategoryAxis labelAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        labelAxis.setTitle(points.labelHeading());
        // Labels at the far side, so they stay readable beside bars that go negative (net sales).
        labelAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setTitle("Net open-market value (bought less sold)");
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setNumberFormat("#,##0");

        String quoted = "'" + dataSheetName.replace("'", "''") + "'!";
        String labelRange = quoted + new CellReference(1, 0, true, true).formatAsString() + ":"
                + new CellReference(labels.size(), 0, true, true).formatAsString();
        String valueRange = quoted + new CellReference(1, 1, true, true).formatAsString() + ":"
                + new CellReference(values.size(), 1, true, true).formatAsString();
        XDDFDataSource<String> labelSource = XDDFDataSourcesFactory.fromArray(labels.toArray(String[]::new), labelRange);
        XDDFNumericalDataSource<Double> valueSource = XDDFDataSourcesFactory.fromArray(
                values.stream().map(BigDecimal::doubleValue).toArray(Double[]::new), valueRange);

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, labelAxis, valueAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        XDDFChartData.Series series = bars.addSeries(labelSource, valueSource);
        series.setTitle("Net open-market value", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(bars);
    }
}
