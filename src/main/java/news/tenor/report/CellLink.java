package news.tenor.report;

/**
 * Where a row landed in the workbook, for a hyperlink to it.
 *
 * @param row the Excel row number (1-based)
 */
record CellLink(String sheet, int row) {

	/** The address of the row's first cell, as a document hyperlink wants it. */
	String address() {
		return "'" + this.sheet.replace("'", "''") + "'!A" + this.row;
	}

}
