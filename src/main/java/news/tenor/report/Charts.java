package news.tenor.report;

import java.util.List;

import javax.xml.namespace.QName;

import news.tenor.scoring.Sentiment;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * The Overview's native Excel charts (XDDF). Every series references the cells it plots,
 * on the Overview's own tables or the Trend sheet, so an analyst can follow a bar back to
 * its number; the values are also cached in the chart, so it shows before any
 * recalculation.
 */
final class Charts {

	/** A sentiment class's colour, from red (very negative) to green (very positive). */
	static final byte[][] CLASS_COLOURS = { { (byte) 0xC0, 0x00, 0x00 }, { (byte) 0xF4, (byte) 0x9A, (byte) 0x8E },
			{ (byte) 0xBF, (byte) 0xBF, (byte) 0xBF }, { (byte) 0xA9, (byte) 0xD1, (byte) 0x8E },
			{ 0x37, (byte) 0x86, 0x3C } };

	private static final byte[] VOLUME = { (byte) 0x9D, (byte) 0xC3, (byte) 0xE6 };

	private static final byte[] LINE = { 0x1F, 0x3A, 0x68 };

	/** One plotted series: its name (and the cell holding it) and its values. */
	record Series(String title, CellReference titleCell, Number[] values, String reference) {
	}

	private Charts() {
	}

	/**
	 * A 100% stacked bar per period (this one, the previous one) split into the five
	 * classes.
	 * @param shares one series per class, in class order
	 */
	static XSSFChart distribution(XSSFDrawing drawing, ClientAnchor anchor, String[] periods, String periodsReference,
			List<Series> shares) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Sentiment of comments");
		chart.setTitleOverlay(false);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
		categories.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
		values.setMinimum(0);
		values.setMaximum(1);
		values.setNumberFormat("0%");
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setCrossBetween(AxisCrossBetween.BETWEEN);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		bars.setBarDirection(BarDirection.BAR);
		bars.setBarGrouping(BarGrouping.PERCENT_STACKED);
		bars.setGapWidth(60);
		bars.setVaryColors(false);
		XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(periods, periodsReference);
		for (int k = 0; k < shares.size(); k++) {
			XDDFChartData.Series series = add(bars, x, shares.get(k), "0%");
			series.setFillProperties(fill(CLASS_COLOURS[k]));
		}
		chart.plot(bars);
		overlapFully(chart);
		legend(chart, LegendPosition.BOTTOM);
		return chart;
	}

	/**
	 * Stacked bars must overlap fully, or Excel draws each class beside the last.
	 * {@code XDDFBarChartData.setOverlap} needs a schema type that poi-ooxml-lite leaves
	 * out (SchemaTypeLoaderException for STOverlapPercent), so the attribute is set as
	 * text.
	 */
	private static void overlapFully(XSSFChart chart) {
		CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
		CTOverlap overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
		try (XmlCursor cursor = overlap.newCursor()) {
			cursor.setAttributeText(new QName("val"), "100");
		}
	}

	/**
	 * Comments per day (bars, left axis) and their mean score (line, right axis, fixed at
	 * -1..1 so that a small change does not look like a swing).
	 */
	static XSSFChart trend(XSSFDrawing drawing, ClientAnchor anchor, TrendSheet.Daily daily) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Comments and mean score per day");
		chart.setTitleOverlay(false);
		// a day without scored comments has no mean score: a gap, not a zero
		chart.displayBlanksAs(DisplayBlanks.GAP);
		Double[] days = daily.days().stream().map(d -> DateUtil.getExcelDate(d)).toArray(Double[]::new);
		XDDFNumericalDataSource<Double> x = XDDFDataSourcesFactory.fromArray(days, daily.reference(TrendSheet.DATE));
		x.setFormatCode(Styles.DATE);

		XDDFCategoryAxis barDays = chart.createCategoryAxis(AxisPosition.BOTTOM);
		barDays.setNumberFormat("d mmm");
		barDays.setTickLabelPosition(AxisTickLabelPosition.LOW);
		XDDFValueAxis volume = chart.createValueAxis(AxisPosition.LEFT);
		volume.setTitle("Comments");
		volume.setMinimum(0);
		volume.setNumberFormat("#,##0");
		volume.setCrossBetween(AxisCrossBetween.BETWEEN);
		volume.crossAxis(barDays);
		barDays.crossAxis(volume);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, barDays, volume);
		bars.setBarDirection(BarDirection.COL);
		bars.setVaryColors(false);
		bars.setGapWidth(40);
		add(bars, x, new Series("Comments", daily.header(TrendSheet.COMMENTS), daily.comments().toArray(Number[]::new),
				daily.reference(TrendSheet.COMMENTS)), "#,##0")
			.setFillProperties(fill(VOLUME));
		chart.plot(bars);

		XDDFCategoryAxis lineDays = chart.createCategoryAxis(AxisPosition.BOTTOM);
		lineDays.setVisible(false);
		XDDFValueAxis score = chart.createValueAxis(AxisPosition.RIGHT);
		score.setTitle("Mean score");
		score.setMinimum(-1);
		score.setMaximum(1);
		score.setMajorUnit(0.5);
		score.setNumberFormat("0.0");
		score.setCrosses(AxisCrosses.MAX);
		score.setCrossBetween(AxisCrossBetween.BETWEEN);
		score.crossAxis(lineDays);
		lineDays.crossAxis(score);
		XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, lineDays, score);
		line.setVaryColors(false);
		XDDFLineChartData.Series mean = (XDDFLineChartData.Series) add(line, x,
				new Series("Mean score", daily.header(TrendSheet.MEAN_SCORE), daily.meanScores().toArray(Number[]::new),
						daily.reference(TrendSheet.MEAN_SCORE)),
				"0.00");
		mean.setSmooth(false);
		mean.setMarkerStyle(MarkerStyle.CIRCLE);
		XDDFLineProperties stroke = new XDDFLineProperties(fill(LINE));
		stroke.setWidth(2.0);
		mean.setLineProperties(stroke);
		chart.plot(line);
		legend(chart, LegendPosition.BOTTOM);
		return chart;
	}

	/** One horizontal bar per category: green when positive, red when negative. */
	static XSSFChart byCategory(XSSFDrawing drawing, ClientAnchor anchor, String[] categories,
			String categoriesReference, Series netSentiment) {
		return netSentimentBars(drawing, anchor, "Net sentiment by category", categories, categoriesReference,
				netSentiment);
	}

	/**
	 * One horizontal bar of net sentiment per name (a category, an entity), green when
	 * positive, red when negative, on a fixed -100%..100% axis.
	 */
	static XSSFChart netSentimentBars(XSSFDrawing drawing, ClientAnchor anchor, String title, String[] categories,
			String categoriesReference, Series netSentiment) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis names = chart.createCategoryAxis(AxisPosition.LEFT);
		names.setOrientation(AxisOrientation.MAX_MIN);
		names.setTickLabelPosition(AxisTickLabelPosition.LOW);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
		values.setMinimum(-1);
		values.setMaximum(1);
		values.setMajorUnit(0.5);
		values.setNumberFormat("0%");
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setCrossBetween(AxisCrossBetween.BETWEEN);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, values);
		bars.setBarDirection(BarDirection.BAR);
		bars.setVaryColors(false);
		bars.setGapWidth(50);
		XDDFChartData.Series series = add(bars, XDDFDataSourcesFactory.fromArray(categories, categoriesReference),
				netSentiment, "0%");
		series.setFillProperties(fill(CLASS_COLOURS[Sentiment.VERY_POSITIVE.ordinal()]));
		for (int k = 0; k < netSentiment.values().length; k++) {
			Number value = netSentiment.values()[k];
			if (value != null && value.doubleValue() < 0) {
				series.getDataPoint(k).setFillProperties(fill(CLASS_COLOURS[Sentiment.VERY_NEGATIVE.ordinal()]));
			}
		}
		chart.plot(bars);
		chart.deleteLegend();
		return chart;
	}

	private static XDDFChartData.Series add(XDDFChartData data, XDDFDataSource<?> x, Series series, String format) {
		XDDFNumericalDataSource<Number> y = XDDFDataSourcesFactory.fromArray(series.values(), series.reference());
		y.setFormatCode(format);
		XDDFChartData.Series added = data.addSeries(x, y);
		added.setTitle(series.title(), series.titleCell());
		return added;
	}

	private static XDDFSolidFillProperties fill(byte[] rgb) {
		return new XDDFSolidFillProperties(XDDFColor.from(rgb));
	}

	private static void legend(XSSFChart chart, LegendPosition position) {
		chart.getOrAddLegend().setPosition(position);
		chart.getOrAddLegend().setOverlay(false);
	}

}
