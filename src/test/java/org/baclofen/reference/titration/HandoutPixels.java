package org.baclofen.reference.titration;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A handout PDF's first page as a reader sees it: rendered to pixels, with where each
 * piece of text stands, so a test can look under a column heading on a day's row and find
 * a tick box drawn there, or not.
 */
final class HandoutPixels {

	/** Rendering resolution; positions from PDFBox are in points (1/72 inch). */
	private static final float DPI = 100;

	private static final float SCALE = DPI / 72f;

	private final BufferedImage image;

	private final List<Line> lines;

	/** One line of text as the stripper wrote it, with each character's box. */
	private record Line(String text, List<TextPosition> positions) {
	}

	private HandoutPixels(BufferedImage image, List<Line> lines) {
		this.image = image;
		this.lines = lines;
	}

	static HandoutPixels of(PDDocument document) throws IOException {
		List<Line> lines = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				lines.add(new Line(text, List.copyOf(positions)));
			}
		};
		stripper.setStartPage(1);
		stripper.setEndPage(1);
		stripper.getText(document);
		BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
		return new HandoutPixels(image, lines);
	}

	/** Where the first occurrence of the text stands on the page, in points. */
	private Rectangle2D where(String text) {
		for (Line line : this.lines) {
			int at = line.text().indexOf(text);
			if (at >= 0 && line.positions().size() == line.text().length()) {
				TextPosition first = line.positions().get(at);
				TextPosition last = line.positions().get(at + text.length() - 1);
				float top = first.getYDirAdj() - first.getHeightDir();
				return new Rectangle2D.Float(first.getXDirAdj(), top,
						last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(), first.getHeightDir());
			}
		}
		throw new AssertionError("Not on page 1: " + text);
	}

	/**
	 * Dark (black-ish) pixels in the cell under a column heading, on the row of a text.
	 */
	int darkPixelsUnder(String column, String row) {
		return countUnder(column, row, 0, 90);
	}

	/** Grey (shaded) pixels there. */
	int greyPixelsUnder(String column, String row) {
		return countUnder(column, row, 170, 240);
	}

	private int countUnder(String column, String row, int fromLuminance, int toLuminance) {
		Rectangle2D heading = where(column);
		Rectangle2D text = where(row);
		return count(heading.getCenterX() - 9, text.getCenterY() - 5, heading.getCenterX() + 9, text.getCenterY() + 5,
				fromLuminance, toLuminance);
	}

	/** Dark pixels on the strip to the right of a label, where a line to write on is. */
	int darkPixelsRightOf(String label) {
		Rectangle2D text = where(label);
		double baseline = text.getMaxY();
		return count(text.getMaxX() + 40, baseline - 1, text.getMaxX() + 240, baseline + 8, 0, 90);
	}

	private int count(double left, double top, double right, double bottom, int fromLuminance, int toLuminance) {
		int found = 0;
		for (int y = (int) (top * SCALE); y <= (int) (bottom * SCALE); y++) {
			for (int x = (int) (left * SCALE); x <= (int) (right * SCALE); x++) {
				int rgb = this.image.getRGB(x, y);
				int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
				if (luminance >= fromLuminance && luminance <= toLuminance) {
					found++;
				}
			}
		}
		return found;
	}

}
