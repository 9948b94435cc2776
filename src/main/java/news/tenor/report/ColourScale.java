package news.tenor.report;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The red → white → green colour scale of scores. Its ends are fixed at -1, 0 and 1 (not
 * the lowest and highest value shown), so the same colour means the same score on every
 * sheet and in every report.
 */
final class ColourScale {

	static final byte[] RED = { (byte) 0xF8, 0x69, 0x6B };

	static final byte[] WHITE = { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF };

	static final byte[] GREEN = { 0x63, (byte) 0xBE, 0x7B };

	private ColourScale() {
	}

	static void apply(Sheet sheet, CellRangeAddress range) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
		ColorScaleFormatting scale = rule.getColorScaleFormatting();
		scale.setNumControlPoints(3);
		double[] points = { -1, 0, 1 };
		for (int k = 0; k < 3; k++) {
			scale.getThresholds()[k].setRangeType(RangeType.NUMBER);
			scale.getThresholds()[k].setValue(points[k]);
		}
		scale.setColors(
				new XSSFColor[] { new XSSFColor(RED, null), new XSSFColor(WHITE, null), new XSSFColor(GREEN, null) });
		formatting.addConditionalFormatting(new CellRangeAddress[] { range }, rule);
	}

}
