package news.tenor.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a link written as Excel's HYPERLINK function ({@code Cells.formulaLink}). */
public final class FormulaLinks {

	private static final Pattern HYPERLINK = Pattern.compile("HYPERLINK\\(\"#(.+)\",\"(.*)\"\\)");

	private FormulaLinks() {
	}

	/** The address the link goes to: {@code 'Comments'!A5}. */
	public static String address(Cell cell) {
		assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
		Matcher m = HYPERLINK.matcher(cell.getCellFormula());
		assertThat(m.matches()).as(cell.getCellFormula()).isTrue();
		assertThat(cell.getStringCellValue()).as("the label, cached").isEqualTo(m.group(2));
		return m.group(1).replace("\"\"", "\"");
	}

}
